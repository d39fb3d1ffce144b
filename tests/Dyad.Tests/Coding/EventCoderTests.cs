using Dyad.Coding;
using Dyad.Documents;
using Dyad.TestSupport;

namespace Dyad.Tests.Coding;

public sealed class EventCoderTests
{
    private static readonly Lazy<EventCoder> Coder = new(() => new EventCoder(
        VerbDictionary.Load(Path.Combine(RepoPaths.Root, "data", "verbs-cameo.txt")),
        NominalDictionary.Load(Path.Combine(RepoPaths.Root, "data", "verbs-nominal.txt")),
        CodeRegistry.Load(Path.Combine(RepoPaths.Root, "data", CodeRegistry.FileName))));

    private static string SpecDir => Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Coding", "Specs");

    public static TheoryData<string> SpecRecords()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SpecDir, "*.txt").Order(StringComparer.Ordinal))
            foreach (var spec in CodingSpec.ReadFile(file))
                data.Add($"{Path.GetFileName(file)}:{spec.Line}");
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecRecords))]
    public void Code_SpecRecord_FindsExpectedEventsOnly(string where)
    {
        var parts = where.Split(':');
        var spec = CodingSpec.ReadFile(Path.Combine(SpecDir, parts[0])).Single(s => s.Line == int.Parse(parts[1]));
        var builder = new ParsedSentenceBuilder();
        foreach (var sentence in spec.Sentences()) builder.Sentence(sentence);
        var doc = builder.Build();
        Assert.Equal(spec.Text.Replace(" ", ""), doc.Text.Replace(" ", "").Replace("\n", ""));
        Coder.Value.Process(doc);
        var got = string.Join("\n", doc.Events.Select(Describe));
        if (spec.ExpectNone) Assert.True(doc.Events.Count == 0, $"{spec}\nexpected no events, got:\n{got}");
        foreach (var x in spec.Expectations)
        {
            bool found = doc.Events.Any(x.Matches);
            Assert.True(found != x.MustNot, $"{spec}\n{(x.MustNot ? "must not code" : "missing")}: {x.Line}\ngot:\n{got}");
        }
    }

    [Fact]
    public void Code_Event_CarriesProvenanceAndCodeTable()
    {
        var doc = new ParsedSentenceBuilder().Sentence(
            "1 Iran Iran PROPN NNP 2 nsubj @IRN",
            "2 attacked attack VERB VBD 0 root",
            "3 Israel Israel PROPN NNP 2 obj @ISR",
            "4 . . PUNCT . 2 punct").Build("article-1", title: "A title");
        Coder.Value.Process(doc);
        var e = Assert.Single(doc.Events);
        Assert.Equal("dyad-cameo-2024.1", e.CodeTable);
        Assert.Equal("19", e.Root);
        Assert.Equal(4, e.QuadClass);
        Assert.Equal("ASSAULT", e.Plover);
        var m = Assert.Single(e.Mentions);
        Assert.Equal(("article-1", "A title", 0, "Iran attacked Israel ."), (m.ArticleId, m.Title, m.Sentence, m.Text));
        Assert.Contains("ATTACK", e.Rule, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(e.Confidence, 0.1, 1.0);
        Assert.Equal(EventFactory.StableId("article-1", 0, "190", e.Source, e.Target), e.Id);
    }

    [Fact]
    public void Code_SameEventInTwoSentences_MergesMentions()
    {
        string[] s = ["1 Iran Iran PROPN NNP 2 nsubj @IRN", "2 attacked attack VERB VBD 0 root", "3 Israel Israel PROPN NNP 2 obj @ISR"];
        var doc = new ParsedSentenceBuilder().Sentence(s).Sentence(s).Build();
        Coder.Value.Process(doc);
        var e = Assert.Single(doc.Events);
        Assert.Equal([0, 1], e.Mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void Code_UnresolvedActorsOnly_EmitsNothing()
    {
        var doc = new ParsedSentenceBuilder().Sentence(
            "1 Crowds crowd NOUN NNS 2 nsubj @-",
            "2 attacked attack VERB VBD 0 root",
            "3 embassy embassy NOUN NN 2 obj @-").Build();
        Coder.Value.Process(doc);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Code_CyclicParse_FinishesWithoutCrashing()
    {
        var doc = new ParsedSentenceBuilder().Sentence(
            "1 Iran Iran PROPN NNP 2 nsubj @IRN",
            "2 attacked attack VERB VBD 3 ccomp",
            "3 Israel Israel PROPN NNP 2 obj @ISR").Build();
        Coder.Value.Process(doc);
        new Dyad.Quotes.QuoteFinder().Process(doc);
        Assert.All(doc.Events, e => Assert.Equal("190", e.Code));
    }

    [Fact]
    public void Code_EmptyDocument_CodesNothing()
    {
        var doc = new Dyad.Documents.Doc("empty", "");
        Coder.Value.Process(doc);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Code_SeedFixture_IsPresent()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Coding", "Fixtures", "seed-000.txt"));
        Assert.Contains("telephone call from US Secretary of State Antony Blinken", text);
    }

    internal static string Describe(CodedEvent e) =>
        $"{e.Source?.Code ?? "-"} {e.Code} {e.Target?.Code ?? "-"} {e.Mode.ToString().ToLowerInvariant()} speaker={e.Speaker} rule={e.Rule}";
}
