namespace Dyad.Entities;

/// <summary>Greedy left-to-right BILOU decoding with transition constraints, shared by training and tagging.</summary>
internal static class NerDecoder
{
    public const int DynamicCount = 4;

    /// <summary>Features that depend on the labels already chosen (history), hashed.</summary>
    public static void Dynamic(NerScratch s, int i, int prev, int prev2, Span<ulong> f)
    {
        f[0] = FeatureHash.Of(60, prev + 1);
        f[1] = FeatureHash.Of(61, (prev2 + 1) * 16 + prev + 1);
        f[2] = FeatureHash.Combine(s.WordHash[i], 100 + prev);
        f[3] = FeatureHash.Of(62, (prev + 1) * 64 + Math.Min(s.Gazetteer[i] & 63, 63));
    }

    public static void Score<TW>(TW w, NerScratch s, int i, ReadOnlySpan<ulong> dynamic, Span<float> scores) where TW : IWeightRows
    {
        scores.Clear();
        int mask = (1 << w.Bits) - 1;
        var f = s.Features.AsSpan(i * NerScratch.MaxFeatures, s.FeatureCount[i]);
        foreach (var h in f) w.AddRow((int)(h & (ulong)mask), scores);
        foreach (var h in dynamic) w.AddRow((int)(h & (ulong)mask), scores);
    }

    /// <summary>The best label allowed after <paramref name="prev"/>; the last token may not open an entity.</summary>
    public static int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < scores.Length; l++)
        {
            if (!BilouLabels.Allowed(prev, l)) continue;
            if (last && BilouLabels.Part(l) is 0 or 1) continue;
            if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
        return best;
    }

    public static void Decode<TW>(TW w, NerScratch s, int n, Span<int> labels) where TW : IWeightRows
    {
        Span<float> scores = stackalloc float[BilouLabels.Count];
        Span<ulong> dyn = stackalloc ulong[DynamicCount];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < n; i++)
        {
            Dynamic(s, i, prev, prev2, dyn);
            Score(w, s, i, dyn, scores);
            int label = Best(scores, prev, i == n - 1);
            labels[i] = label;
            prev2 = prev;
            prev = label;
        }
    }
}
