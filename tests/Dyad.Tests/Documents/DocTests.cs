using Dyad.Documents;

namespace Dyad.Tests.Documents;

public sealed class DocTests
{
    // "actions in New York": actions(0) <- root, in(1) -> York, New(2) -> York, York(3) -> actions.
    private static Doc Parsed(params int[] heads)
    {
        var doc = new Doc("d", "actions in New York", new DateOnly(2024, 8, 6));
        int offset = 0;
        foreach (var w in new[] { "actions", "in", "New", "York" })
        {
            doc.AddToken(offset, w.Length);
            offset += w.Length + 1;
        }
        for (int i = 0; i < heads.Length; i++) doc.SetArc(i, heads[i], heads[i] < 0 ? "root" : "dep");
        return doc;
    }

    [Fact]
    public void SpanHead_MultiWordName_IsTheTokenWhoseHeadLeavesTheSpan()
    {
        var doc = Parsed(-1, 3, 3, 0);
        Assert.Equal(3, doc.SpanHead(2, 2));
        Assert.Equal(0, doc.SpanHead(0, 4));
        Assert.Equal(1, doc.SpanHead(1, 1));
    }

    [Fact]
    public void SpanHead_EveryHeadInside_IsMinusOne()
    {
        var doc = Parsed(-1, 3, 3, 2);
        Assert.Equal(-1, doc.SpanHead(2, 2));
    }
}
