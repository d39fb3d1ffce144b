using System.Runtime.Intrinsics.X86;

namespace Dyad.Learning;

// Scoring. The tables are tens of megabytes and nearly every lookup misses the caches, so scoring asks for all the
// features' slots (and then their entry runs) before reading any: the misses overlap instead of queueing one by one.
// Sums are taken in the same order as a plain loop, so the scores are the same integers.
public sealed partial class PerceptronModel
{
    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (length ≥ ClassCount, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (_packed is { } packed)
        {
            Prefetch(packed, features);
            ScorePacked(packed, features, scores);
            return;
        }
        var slots = _slots!;
        Prefetch(slots, features);
        if (features.Length <= MaxStagedFeatures) ScoreStaged(slots, features, scores);
        else foreach (var f in features) AddRun(slots, f, scores);
    }

    private const int MaxStagedFeatures = 128;

    // Two stages, so the entry runs' cache misses overlap too: find every feature's slot (prefetching its run), then sum the runs.
    private unsafe void ScoreStaged(Slot[] slots, ReadOnlySpan<ulong> features, Span<int> scores)
    {
        Span<int> found = stackalloc int[features.Length];
        int count = 0;
        fixed (int* entries = _entries)
        {
            foreach (var f in features)
            {
                int s = Find(slots, f);
                if (s < 0) continue;
                found[count++] = s;
                if (Sse.IsSupported) Sse.Prefetch0(entries + slots[s].Start);
            }
        }
        var all = _entries;
        for (int i = 0; i < count; i++)
        {
            ref readonly var slot = ref slots[found[i]];
            int end = slot.Start + slot.Count;
            for (int e = slot.Start; e < end; e++)
            {
                int v = all[e];
                scores[v >>> 16] += (short)v;
            }
        }
    }

    // A query cut to zero finds an empty slot (key zero, no entries): no stored key is zero, so it scores nothing.
    private int Find(Slot[] slots, ulong f)
    {
        f &= _keyMask;
        int s = (int)(f & (ulong)_mask);
        while (true)
        {
            ulong k = slots[s].Key;
            if (k == f) return s;
            if (k == 0) return -1;
            s = (s + 1) & _mask;
        }
    }

    private void AddRun(Slot[] slots, ulong f, Span<int> scores)
    {
        int s = Find(slots, f);
        if (s < 0) return;
        ref readonly var slot = ref slots[s];
        int end = slot.Start + slot.Count;
        for (int e = slot.Start; e < end; e++)
        {
            int v = _entries[e];
            scores[v >>> 16] += (short)v;
        }
    }

    // Each feature's home slot (see the note at the top of the file).
    private unsafe void Prefetch<T>(T[] table, ReadOnlySpan<ulong> features) where T : unmanaged
    {
        if (!Sse.IsSupported) return;
        fixed (T* p = table)
            foreach (var f in features) Sse.Prefetch0(p + (int)(f & _homeMask));
    }

    private void ScorePacked(PackedSlot[] packed, ReadOnlySpan<ulong> features, Span<int> scores)
    {
        int classes = ClassCount;
        ulong keyMask = _keyMask;
        foreach (var query in features)
        {
            ulong f = query & keyMask;
            int s = (int)(f & (ulong)_mask);
            while (true)
            {
                ref readonly var slot = ref packed[s];
                if (slot.Key == f)
                {
                    long w = slot.Weights;
                    for (int c = 0; c < classes; c++) scores[c] += (short)(w >> (16 * c));
                    break;
                }
                if (slot.Key == 0) break;
                s = (s + 1) & _mask;
            }
        }
    }

    /// <summary>The best class among those <paramref name="allowed"/> permits (all when null), after scoring.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<int> scores, ReadOnlySpan<bool> allowed = default)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        Score(features, scores);
        return ArgMax(scores, allowed);
    }

    public static int ArgMax(ReadOnlySpan<int> scores, ReadOnlySpan<bool> allowed = default)
    {
        int best = -1;
        int bestScore = int.MinValue;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!allowed.IsEmpty && !allowed[c]) continue;
            if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        }
        return best;
    }
}
