using Dyad.Documents;
using Dyad.Entities;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Tests.Entities;

/// <summary>The rules after decoding and the document pass, on the shipped model (models/ner.bin).</summary>
public sealed class HeadNounRulesTests
{
    private static readonly Lazy<Pipeline> Stages = new(() => Pipeline.Create(
        new Tokenizer(), new SentenceSplitter(), EntityRecognizer.Load(Path.Combine(TestSupport.RepoPaths.Root, "models", "ner.bin"))));

    private static Doc Annotate(string text)
    {
        var doc = new Doc("t", text);
        Stages.Value.Process(doc);
        return doc;
    }

    [Fact]
    public void Process_NameBeforeBaseOrProvince_IsAPlace()
    {
        var doc = Annotate("Rockets hit the Ain al-Asad base in Anbar province on Monday.");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Ain al-Asad");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER");
    }

    [Fact]
    public void Process_RunEndingInCommittee_IsOneOrganisation()
    {
        var doc = Annotate("The so-called Iraqi Resistance Coordination Committee said it would retaliate.");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Iraqi Resistance Coordination Committee");
    }

    [Fact]
    public void Process_AcronymDefinedInBrackets_IsTaggedWhereItRecurs()
    {
        var doc = Annotate("The Islamic Revolutionary Guard Corps (IRGC) fired missiles. Officials said IRGC units moved west.");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Islamic Revolutionary Guard Corps");
        var acronyms = doc.Entities.Where(e => e.Text == "IRGC").ToList();
        Assert.Equal(2, acronyms.Count);
        Assert.All(acronyms, m => Assert.Equal("ORG", m.Label));
    }
}
