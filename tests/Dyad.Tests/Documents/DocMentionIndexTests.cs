using Dyad.Documents;

namespace Dyad.Tests.Documents;

public sealed class DocMentionIndexTests
{
    // "Iraqi Prime Minister Sudani met Blinken": tokens 0..5.
    private static Doc Sentence()
    {
        var doc = new Doc("d", "Iraqi Prime Minister Sudani met Blinken");
        int offset = 0;
        foreach (var w in doc.Text.Split(' '))
        {
            doc.AddToken(offset, w.Length);
            offset += w.Length + 1;
        }
        return doc;
    }

    private static Mention At(Doc doc, int first, int count, string label) =>
        new(first, count, doc[first].Start, doc[first + count - 1].End, label, doc.Slice(first, count).Text);

    [Fact]
    public void MentionAt_OverlappingMentions_GivesTheFirstInListOrder()
    {
        var doc = Sentence();
        doc.Entities.Add(At(doc, 0, 4, "ROLE"));
        doc.Entities.Add(At(doc, 3, 1, "PER"));
        doc.Entities.Add(At(doc, 5, 1, "PER"));
        Assert.Equal([0, 0, 0, 0, -1, 2], Enumerable.Range(0, doc.TokenCount).Select(doc.MentionAt));
        Assert.Equal(-1, doc.MentionAt(-1));
        Assert.Equal(-1, doc.MentionAt(doc.TokenCount));
    }

    [Fact]
    public void MentionAt_MentionsAddedAfterALookup_RebuildsTheIndex()
    {
        var doc = Sentence();
        doc.Entities.Add(At(doc, 3, 1, "PER"));
        Assert.Equal(-1, doc.MentionAt(5));
        doc.Entities.Add(At(doc, 5, 1, "PER"));
        Assert.Equal(1, doc.MentionAt(5));
    }

    [Fact]
    public void MentionAt_MentionsReplacedOneForOne_RebuildsTheIndex()
    {
        var doc = Sentence();
        doc.Entities.Add(At(doc, 3, 1, "PER"));
        Assert.Equal(0, doc.MentionAt(3));
        doc.Entities.Clear();
        doc.Entities.Add(At(doc, 0, 1, "NORP"));
        doc.MentionsReplaced();
        Assert.Equal(-1, doc.MentionAt(3));
        Assert.Equal(0, doc.MentionAt(0));
    }
}
