using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>The first pass's votes that a two-pass entity model reads: counts per word, each word's own vote left out.</summary>
public sealed class DocVotesTests
{
    private static readonly int Org = BilouLabels.Make(BilouLabels.TypeIndex("ORG"), 3);
    private static readonly int Per = BilouLabels.Make(BilouLabels.TypeIndex("PER"), 3);

    private static int Count(DocVotes votes, string word, int selfLabel)
    {
        var f = new ulong[16];
        return votes.Features(word, word.ToLowerInvariant(), DocVotes.KindOf(selfLabel), 1, f, 0);
    }

    [Fact]
    public void Features_WordSeenOnlyOnce_HasNoVotes()
    {
        var votes = new DocVotes();
        votes.Add(new ArrayWords(["Google", "bought", "Urchin"]), [Org, BilouLabels.O, BilouLabels.O]);

        Assert.Equal(0, Count(votes, "Google", Org));
    }

    [Fact]
    public void Features_WordTaggedElsewhere_AddsOneKindPerLabelSeen()
    {
        var votes = new DocVotes();
        votes.Add(new ArrayWords(["Google", "bought", "Urchin"]), [Org, BilouLabels.O, BilouLabels.O]);
        votes.Add(new ArrayWords(["google", "it"]), [BilouLabels.O, BilouLabels.O]);
        votes.Add(new ArrayWords(["Google", "again"]), [Per, BilouLabels.O]);

        // Seen from the third sentence: the others were ORG once and nothing once (two kinds, two features each).
        Assert.Equal(4, Count(votes, "Google", Per));
    }

    [Fact]
    public void Features_ShortOrNonLetterWords_AreNotCounted()
    {
        var votes = new DocVotes();
        votes.Add(new ArrayWords(["I", "2", "I", "2"]), [Per, Org, Per, Org]);

        Assert.Equal(0, Count(votes, "I", Per));
        Assert.Equal(0, Count(votes, "2", Org));
    }
}
