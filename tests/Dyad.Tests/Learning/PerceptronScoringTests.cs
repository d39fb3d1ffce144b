using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class PerceptronScoringTests
{
    // A model built straight from its arrays: feature k (hash of k) carries up to four (class, weight) entries; a class may
    // repeat within a feature only when repeats is set (which keeps a small model off the packed layout).
    private static (PerceptronModel Model, Dictionary<ulong, List<(int Class, short Weight)>> Weights) Model(int classes, int features, bool repeats, int seed)
    {
        var rng = new Random(seed);
        var weights = new Dictionary<ulong, List<(int, short)>>();
        var keys = Enumerable.Range(0, features).Select(k => FeatureHash.Of(9, (ulong)k)).Order().ToArray();
        var starts = new List<int> { 0 };
        var entries = new List<int>();
        foreach (var key in keys)
        {
            var run = new List<(int, short)>();
            var classOrder = Enumerable.Range(0, classes).OrderBy(_ => rng.Next()).ToArray();
            int n = 1 + rng.Next(Math.Min(classes, 4));
            for (int e = 0; e < n; e++)
            {
                int c = repeats && e > 0 ? classOrder[0] : classOrder[e];
                short w = (short)rng.Next(-3000, 3000);
                run.Add((c, w));
                entries.Add(c << 16 | (ushort)w);
            }
            weights[key] = run;
            starts.Add(entries.Count);
        }
        return (new PerceptronModel(classes, 0.01f, keys, [.. starts], [.. entries]), weights);
    }

    private static int[] Plain(Dictionary<ulong, List<(int Class, short Weight)>> weights, int classes, ulong[] features)
    {
        var scores = new int[classes];
        foreach (var f in features)
            if (weights.TryGetValue(f, out var run))
                foreach (var (c, w) in run) scores[c] += w;
        return scores;
    }

    [Theory]
    [InlineData(3, false)]  // packed slots (the parser's transitions)
    [InlineData(4, true)]   // a class listed twice: the general layout
    [InlineData(51, false)] // the general layout (the parser's relations, the tagger's tags)
    public void Score_AnyLength_EqualsThePlainSumOfTheFeaturesWeights(int classes, bool repeats)
    {
        var (model, weights) = Model(classes, 5000, repeats, seed: classes);
        var rng = new Random(5);
        // Up to and past the staged path's limit; present, absent and repeated features mixed.
        foreach (int length in new[] { 0, 1, 36, 89, 128, 129, 300 })
        {
            var features = Enumerable.Range(0, length).Select(_ => FeatureHash.Of(9, (ulong)rng.Next(7000))).ToArray();
            if (length > 2) features[1] = features[0];
            var scores = new int[classes];
            model.Score(features, scores);
            Assert.Equal(Plain(weights, classes, features), scores);
        }
    }
}
