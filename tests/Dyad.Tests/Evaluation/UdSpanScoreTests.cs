using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

public sealed class UdSpanScoreTests
{
    [Fact]
    public void Of_CountsOnlySpansMatchingAtBothEnds()
    {
        var score = UdSpanScore.Of([(0, 6), (6, 8), (9, 12)], [(0, 8), (9, 12), (13, 14)]);
        Assert.Equal(new UdSpanScore(3, 3, 1), score);
        Assert.Equal(1.0 / 3, score.F1, 6);
    }

    [Fact]
    public void F1_PerfectAndEmpty()
    {
        Assert.Equal(1.0, UdSpanScore.Of([(0, 1), (2, 3)], [(0, 1), (2, 3)]).F1);
        Assert.Equal(0.0, UdSpanScore.Of([], []).F1);
    }

    [Fact]
    public void Add_SumsCounts()
    {
        Assert.Equal(new UdSpanScore(5, 4, 3), new UdSpanScore(2, 2, 1) + new UdSpanScore(3, 2, 2));
    }
}
