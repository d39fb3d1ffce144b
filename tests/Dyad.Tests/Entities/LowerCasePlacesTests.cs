using Dyad.Documents;
using Dyad.Entities;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Tests.Entities;

/// <summary>Lower-case country and state names are places; lower-case demonyms are not (shipped model, models/ner.bin).</summary>
public sealed class LowerCasePlacesTests
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
    public void Process_LowerCaseCountryAndState_AreLocations()
    {
        var doc = Annotate("i am from mexico and my sister lives in florida now");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "mexico");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "florida");
    }

    [Fact]
    public void Process_LowerCaseDemonym_IsNoLocation()
    {
        var doc = Annotate("we had french fries and thai curry for dinner");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC");
    }
}
