using Dyad.Documents;
using Dyad.Entities;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Tests.Entities;

/// <summary>One name, one label across a document: the document pass on hand-tagged mentions (no model).</summary>
public sealed class DocConsistencyTests
{
    private static Doc Tokenised(string text)
    {
        var doc = new Doc("t", text);
        Pipeline.Create(new Tokenizer(), new SentenceSplitter()).Process(doc);
        return doc;
    }

    private static void Tag(Doc doc, int first, int count, string label)
    {
        for (int k = 0; k < count; k++) doc.SetEntityTag(first + k, (k == 0 ? "B-" : "I-") + label);
        doc.Entities.Add(EntityRecognizer.MentionOf(doc, first, count, label));
    }

    private static int IndexOf(Doc doc, string word, int from = 0)
    {
        for (int t = from; t < doc.TokenCount; t++) if (doc[t].Text == word) return t;
        throw new InvalidOperationException(word);
    }

    [Fact]
    public void Apply_OneWordNameWithTwoLabels_TakesTheMajorityEverywhere()
    {
        var doc = Tokenised("Firefox is fast. I like Firefox. Firefox crashed once.");
        int a = IndexOf(doc, "Firefox"), b = IndexOf(doc, "Firefox", a + 1), c = IndexOf(doc, "Firefox", b + 1);
        Tag(doc, a, 1, "ORG");
        Tag(doc, b, 1, "ORG");
        Tag(doc, c, 1, "PER");

        DocConsistency.Apply(doc);

        Assert.Equal(3, doc.Entities.Count(e => e.Text == "Firefox" && e.Label == "ORG"));
        Assert.Equal("B-ORG", doc[c].Entity);
    }

    [Fact]
    public void Apply_OneWordVotesOutweighASpanEndingInTheWord()
    {
        var doc = Tokenised("Ben Firefox wrote it. Firefox is fast. Firefox crashed. We use Firefox daily.");
        Tag(doc, IndexOf(doc, "Ben"), 2, "PER");
        int a = IndexOf(doc, "Firefox", IndexOf(doc, "Ben") + 2);
        Tag(doc, a, 1, "ORG");
        Tag(doc, IndexOf(doc, "Firefox", a + 1), 1, "ORG");

        DocConsistency.Apply(doc);

        var last = doc.Entities.Single(e => e.FirstToken == IndexOf(doc, "daily") - 1);
        Assert.Equal("ORG", last.Label);
    }

    [Fact]
    public void Apply_KnownNameBeforeAnotherCapitalisedWord_IsLeftAlone()
    {
        var doc = Tokenised("Brandon Luna - Analyst. Analyst Team Participants met.");
        Tag(doc, IndexOf(doc, "Brandon"), 2, "PER");
        Tag(doc, IndexOf(doc, "Analyst"), 1, "PER");

        DocConsistency.Apply(doc);

        Assert.Null(doc[IndexOf(doc, "Analyst", IndexOf(doc, "Analyst") + 1)].Entity);
    }

    [Fact]
    public void Apply_OneWordNameTaggedOnce_TagsItsUntaggedRepeats()
    {
        var doc = Tokenised("Google bought Urchin. Every move Google makes is watched.");
        Tag(doc, IndexOf(doc, "Google"), 1, "ORG");

        DocConsistency.Apply(doc);

        Assert.Equal(2, doc.Entities.Count(e => e.Text == "Google" && e.Label == "ORG"));
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Urchin");
    }

    [Fact]
    public void Apply_TieBetweenLabels_LeavesBothAlone()
    {
        var doc = Tokenised("Jordan won. Jordan is warm.");
        int a = IndexOf(doc, "Jordan"), b = IndexOf(doc, "Jordan", a + 1);
        Tag(doc, a, 1, "PER");
        Tag(doc, b, 1, "LOC");

        DocConsistency.Apply(doc);

        Assert.Equal("PER", doc.Entities.Single(e => e.FirstToken == a).Label);
        Assert.Equal("LOC", doc.Entities.Single(e => e.FirstToken == b).Label);
    }

    [Fact]
    public void Apply_NameOfSeveralWordsRepeatedUntagged_IsTaggedAgain()
    {
        var doc = Tokenised("We ate at Burger King today. Burger King was full.");
        Tag(doc, IndexOf(doc, "Burger"), 2, "ORG");

        DocConsistency.Apply(doc);

        int second = IndexOf(doc, "Burger", IndexOf(doc, "Burger") + 1);
        Assert.Contains(doc.Entities, e => e.FirstToken == second && e.TokenCount == 2 && e.Label == "ORG");
        Assert.Equal("B-ORG", doc[second].Entity);
        Assert.Equal("I-ORG", doc[second + 1].Entity);
    }
}
