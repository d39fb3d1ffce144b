using Dyad.Entities;

namespace Dyad.Tests.Entities;

public sealed class BilouLabelsTests
{
    [Fact]
    public void FromIob2_ThenToIob2_RoundTrips()
    {
        string[] tags = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O"];
        var labels = new int[tags.Length];
        BilouLabels.FromIob2(tags, labels);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG", "O"], labels.Select(BilouLabels.Name));
        var back = labels.Select((l, i) => BilouLabels.ToIob2(i > 0 ? labels[i - 1] : -1, l) ?? "O");
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG", "O"], back);
    }

    [Fact]
    public void Allowed_InsideNeedsAnOpenEntityOfTheSameType()
    {
        int bPer = BilouLabels.Make(0, 0), iPer = BilouLabels.Make(0, 1), lOrg = BilouLabels.Make(1, 2);
        Assert.True(BilouLabels.Allowed(-1, bPer));
        Assert.False(BilouLabels.Allowed(-1, iPer));
        Assert.True(BilouLabels.Allowed(bPer, iPer));
        Assert.False(BilouLabels.Allowed(bPer, lOrg));
        Assert.False(BilouLabels.Allowed(bPer, BilouLabels.O));
    }
}
