namespace Dyad.Learning;

/// <summary>Trains an averaged multi-class perceptron over hashed features and freezes it into a <see cref="PerceptronModel"/>.</summary>
/// <remarks>
/// Weights live in sparse per-feature rows (most features only ever touch a few classes). Averaging is
/// lazy: each weight remembers when it last changed. Deterministic: no randomness here, and freezing
/// sorts features, so the same updates give the same bytes.
/// </remarks>
public sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, Row> _rows = [];
    private long _instances;

    public PerceptronTrainer(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, ushort.MaxValue);
        ClassCount = classCount;
    }

    public int ClassCount { get; }
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the current (not averaged) weights of the features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            for (int i = 0; i < row.Count; i++) scores[row.Classes[i]] += row.Weights[i];
        }
    }

    /// <summary>Scores with the current weights and returns the best allowed class.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        Score(features, scores);
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!allowed.IsEmpty && !allowed[c]) continue;
            if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        }
        return best;
    }

    /// <summary>Marks one training instance seen; call once per decision, whether or not it updates.</summary>
    public void Tick() => _instances++;

    /// <summary>The perceptron update: reward <paramref name="gold"/>, penalise <paramref name="guess"/> (no-op when equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        if (gold == guess) return;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
            row.Add(gold, 1f, _instances);
            row.Add(guess, -1f, _instances);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one class's weight of each feature: the structured update, where the gold and guessed sequences use different features (label transitions).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)cls, (uint)ClassCount, nameof(cls));
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
            row.Add(cls, delta, _instances);
        }
    }

    /// <summary>Averages, quantises to int16 and prunes weights that round to zero.</summary>
    /// <param name="minAbsWeight">Averaged weights smaller than this are dropped (0 keeps every non-zero weight).</param>
    public PerceptronModel Freeze(float minAbsWeight = 0f)
    {
        var keys = _rows.Keys.ToArray();
        Array.Sort(keys);
        float max = 1e-9f;
        var averaged = new float[keys.Length][];
        for (int k = 0; k < keys.Length; k++)
        {
            var row = _rows[keys[k]];
            var avg = new float[row.Count];
            for (int i = 0; i < row.Count; i++)
            {
                double total = row.Totals[i] + (_instances - row.Stamps[i]) * (double)row.Weights[i];
                avg[i] = (float)(total / Math.Max(1, _instances));
                max = Math.Max(max, Math.Abs(avg[i]));
            }
            averaged[k] = avg;
        }
        float scale = max / short.MaxValue;
        var keptKeys = new List<ulong>(keys.Length);
        var starts = new List<int>(keys.Length + 1) { 0 };
        var entries = new List<int>(keys.Length * 2);
        for (int k = 0; k < keys.Length; k++)
        {
            var row = _rows[keys[k]];
            int before = entries.Count;
            for (int i = 0; i < row.Count; i++)
            {
                if (Math.Abs(averaged[k][i]) < minAbsWeight) continue;
                int q = (int)Math.Round(averaged[k][i] / scale);
                if (q == 0) continue;
                entries.Add((row.Classes[i] << 16) | (ushort)(short)Math.Clamp(q, short.MinValue, short.MaxValue));
            }
            if (entries.Count == before) continue;
            keptKeys.Add(keys[k]);
            starts.Add(entries.Count);
        }
        return new PerceptronModel(ClassCount, scale, [.. keptKeys], [.. starts], [.. entries]);
    }

    private sealed class Row
    {
        public int Count;
        public ushort[] Classes = new ushort[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public long[] Stamps = new long[2];

        public void Add(int cls, float delta, long now)
        {
            int i = Array.IndexOf(Classes, (ushort)cls, 0, Count);
            if (i < 0)
            {
                if (Count == Classes.Length)
                {
                    int n = Count * 2;
                    Array.Resize(ref Classes, n);
                    Array.Resize(ref Weights, n);
                    Array.Resize(ref Totals, n);
                    Array.Resize(ref Stamps, n);
                }
                i = Count++;
                Classes[i] = (ushort)cls;
                Stamps[i] = now;
            }
            Totals[i] += (now - Stamps[i]) * (double)Weights[i];
            Stamps[i] = now;
            Weights[i] += delta;
        }
    }
}
