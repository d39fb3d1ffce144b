namespace Dyad.Learning;

public sealed partial class PerceptronModel
{
    /// <summary>The model whose weights are the mean of <paramref name="models"/>' float weights, re-quantised.</summary>
    /// <remarks>
    /// A linear model's score is a dot product, so the mean of the weights scores every input exactly as the mean of
    /// the models' scores would: an ensemble of perceptrons trained with different seeds that costs one model's lookups
    /// at run time (the union of their features, so a larger table). The models must share the class set and the
    /// feature hashing; keys are merged in ascending order, which every trained or read model keeps.
    /// </remarks>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models)
    {
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        int classCount = models[0].ClassCount;
        foreach (var m in models)
        {
            if (m.ClassCount != classCount)
                throw new ArgumentException($"cannot average models of {classCount} and {m.ClassCount} classes", nameof(models));
            if (m.KeyBits != models[0].KeyBits)
                throw new ArgumentException("cannot average models whose keys keep different numbers of bits", nameof(models));
            for (int i = 1; i < m.Keys.Length; i++)
                if (m.Keys[i] <= m.Keys[i - 1]) throw new ArgumentException("model keys are not in ascending order", nameof(models));
        }

        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var values = new List<float>();
        var sums = new float[classCount];
        var touched = new bool[classCount];
        var cursor = new int[models.Count];
        float max = 1e-9f;
        float share = 1f / models.Count;
        while (true)
        {
            ulong key = ulong.MaxValue;
            bool any = false;
            for (int m = 0; m < models.Count; m++)
                if (cursor[m] < models[m].Keys.Length) { any = true; key = Math.Min(key, models[m].Keys[cursor[m]]); }
            if (!any) break;
            for (int m = 0; m < models.Count; m++)
            {
                var model = models[m];
                if (cursor[m] >= model.Keys.Length || model.Keys[cursor[m]] != key) continue;
                int i = cursor[m]++;
                for (int e = model.Starts[i]; e < model.Starts[i + 1]; e++)
                {
                    int v = model._entries[e];
                    sums[v >>> 16] += (short)v * model.Scale * share;
                    touched[v >>> 16] = true;
                }
            }
            int before = classes.Count;
            for (int c = 0; c < classCount; c++)
            {
                if (!touched[c]) continue;
                touched[c] = false;
                if (sums[c] != 0)
                {
                    classes.Add((ushort)c);
                    values.Add(sums[c]);
                    max = Math.Max(max, Math.Abs(sums[c]));
                }
                sums[c] = 0;
            }
            if (classes.Count == before) continue;
            keys.Add(key);
            starts.Add(classes.Count);
        }

        float scale = max / short.MaxValue;
        var entries = new int[classes.Count];
        var keptKeys = new List<ulong>(keys.Count);
        var keptStarts = new List<int>(starts.Count) { 0 };
        int n = 0;
        for (int k = 0; k < keys.Count; k++)
        {
            int before = n;
            for (int e = starts[k]; e < starts[k + 1]; e++)
            {
                int q = (int)Math.Round(values[e] / scale);
                if (q == 0) continue;
                entries[n++] = (classes[e] << 16) | (ushort)(short)Math.Clamp(q, short.MinValue, short.MaxValue);
            }
            if (n == before) continue;
            keptKeys.Add(keys[k]);
            keptStarts.Add(n);
        }
        return new PerceptronModel(classCount, scale, [.. keptKeys], [.. keptStarts], entries[..n], models[0].KeyBits, models[0].IsCompact);
    }
}
