using Dyad.Documents;
using Dyad.Entities;
using Dyad.Processing;
using Dyad.TestSupport;
using Dyad.Tokenization;

namespace Dyad.Tests.Entities;

/// <summary>Needs the shipped models/ner.bin (built by `dyad train ner`); fails, naming it, when it is absent.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly Lazy<EntityRecognizer> Recognizer = new(() => EntityRecognizer.Load(Path.Combine(RepoPaths.Root, "models", "ner.bin")));

    private static Doc Annotate(string text)
    {
        var doc = new Doc("t", text);
        Pipeline.Create(new Tokenizer(), new SentenceSplitter(), Recognizer.Value).Process(doc);
        return doc;
    }

    [Fact]
    public void Process_NewsSentence_FindsPeoplePlacesAndNationalities()
    {
        var doc = Annotate("Iraqi Prime Minister Mohammed Shia al-Sudani received a call from US Secretary of State Antony Blinken in Baghdad.");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text.EndsWith("Sudani", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Antony Blinken");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Baghdad");
        Assert.Contains(doc.Entities, e => e.Label == "NORP" && e.Text == "Iraqi");
    }

    [Fact]
    public void Process_NameAfterTitleThenHyphen_StopsAtTheHyphen()
    {
        var doc = Annotate("Prime Minister Mohammed Shia al-Sudani - Reuters reported the visit.");
        var sudani = Assert.Single(doc.Entities, e => e.Label == "PER" && e.Text.Contains("Sudani", StringComparison.Ordinal));
        Assert.DoesNotContain("Reuters", sudani.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_TitleThenFirstNameThatIsAlsoACity_KeepsTheWholeName()
    {
        var doc = Annotate("Russian President Vladimir Putin said Russia will have new weapons.");
        Assert.Contains(doc.Entities, e => e.Label == "PER" && e.Text == "Vladimir Putin");
    }

    [Fact]
    public void Process_SetsIob2TagsMatchingMentions()
    {
        var doc = Annotate("Officials said Iranian advisers met Turkish diplomats in Washington on Monday.");
        var norp = Assert.Single(doc.Entities, e => e.Label == "NORP" && e.Text == "Iranian");
        Assert.Equal("B-NORP", doc[norp.FirstToken].Entity);
        foreach (var m in doc.Entities)
            for (int t = m.FirstToken; t < m.FirstToken + m.TokenCount; t++)
                Assert.Equal((t == m.FirstToken ? "B-" : "I-") + m.Label, doc[t].Entity);
    }

    [Fact]
    public void Process_EmptyAndHugeInput_DoesNotThrow()
    {
        Assert.Empty(Annotate("").Entities);
        var huge = Annotate(string.Join(' ', Enumerable.Repeat("Baghdad al -x- ;; Iraqi-aligned", 3000)));
        Assert.True(huge.TokenCount > 3000);
        Assert.All(huge.Entities, m => Assert.True(m.TokenCount > 0));
    }

    [Fact]
    public void Load_MissingModel_NamesTheCommandThatBuildsIt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => EntityRecognizer.Load(Path.Combine(Path.GetTempPath(), "no-such-ner.bin")));
        Assert.Contains("dyad train ner", e.Message);
    }

    [SharedDataFact("uner-english-ewt/en_ewt-ud-dev.iob2")]
    public void Tag_DevSlice_KeepsAFloor()
    {
        var dev = NerCorpus.ReadUner(Path.Combine(ProjectPaths.SharedData!, "uner-english-ewt", "en_ewt-ud-dev.iob2")).Take(600).ToList();
        var score = NerTraining.Score(NerModel.Load(Path.Combine(RepoPaths.Root, "models", "ner.bin")), dev);
        Assert.True(score.Of(null).F >= 77, score.Format());
    }
}
