using Dyad.Entities;

namespace Dyad.Tests.Entities;

public sealed class NerDecoderTests
{
    private const int L = BilouLabels.Count;

    [Fact]
    public void Viterbi_AnyScores_GivesAValidBilouSequence()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 1 + rng.Next(12);
            var emissions = Enumerable.Range(0, n * L).Select(_ => (float)rng.NextDouble() * 10 - 5).ToArray();
            var transitions = Enumerable.Range(0, NerDecoder.TransitionRows * L).Select(_ => (float)rng.NextDouble() * 4 - 2).ToArray();
            var labels = new int[n];
            NerDecoder.Viterbi(emissions, transitions, n, new float[n * L], new int[n * L], labels);
            for (int i = 0; i < n; i++) Assert.True(BilouLabels.Allowed(i > 0 ? labels[i - 1] : -1, labels[i]), $"trial {trial} token {i}");
            Assert.DoesNotContain(BilouLabels.Part(labels[n - 1]), new[] { 0, 1 });
        }
    }

    [Fact]
    public void Viterbi_TransitionsOutweighingATokenScore_ChangeItsLabel()
    {
        // Token 1 prefers O a little; a strong B-PER → L-PER transition makes the pair one PER name.
        int b = BilouLabels.Make(0, 0), last = BilouLabels.Make(0, 2), u = BilouLabels.Make(0, 3);
        var emissions = new float[2 * L];
        emissions[b] = 3;
        emissions[u] = 2.5f;
        emissions[L + BilouLabels.O] = 1;
        var transitions = new float[NerDecoder.TransitionRows * L];
        transitions[(b + 1) * L + last] = 5;
        var labels = new int[2];
        NerDecoder.Viterbi(emissions, transitions, 2, new float[2 * L], new int[2 * L], labels);
        Assert.Equal([b, last], labels);
        transitions[(b + 1) * L + last] = 0;
        NerDecoder.Viterbi(emissions, transitions, 2, new float[2 * L], new int[2 * L], labels);
        Assert.Equal([u, BilouLabels.O], labels);
    }
}
