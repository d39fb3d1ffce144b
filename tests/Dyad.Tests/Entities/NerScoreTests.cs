using Dyad.Entities;

namespace Dyad.Tests.Entities;

public sealed class NerScoreTests
{
    [Fact]
    public void Add_ExactMatchOnly_CountsPerLabel()
    {
        var score = new NerScore(["PER", "ORG", "LOC"]);
        score.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"], ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", null]);
        Assert.Equal(100, score.Of("PER").F, 3);
        Assert.Equal(0, score.Of("LOC").F, 3);
        Assert.Equal(0, score.Of("ORG").R, 3);
        var all = score.Of(null);
        Assert.Equal(50, all.P, 3);
        Assert.Equal(100.0 / 3, all.R, 3);
    }

    [Fact]
    public void Add_IgnoresLabelsOutsideTheSet()
    {
        var score = new NerScore(["PER", "ORG", "LOC"]);
        score.Add(["B-LOC", "O"], ["B-LOC", "B-NORP"]);
        Assert.Equal(100, score.Of(null).F, 3);
    }

    [Fact]
    public void Spans_StrayInsideStartsAnEntity()
    {
        var spans = NerScore.Spans(["I-ORG", "I-ORG", "O", "I-PER"]);
        Assert.Equal([(0, 2, "ORG"), (3, 4, "PER")], spans);
    }
}
