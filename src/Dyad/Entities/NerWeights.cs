namespace Dyad.Entities;

/// <summary>Rows of label weights addressed by feature bucket.</summary>
internal interface IWeightRows
{
    int Bits { get; }

    /// <summary>Adds the row of <paramref name="bucket"/> to <paramref name="scores"/> (no-op for unseen buckets).</summary>
    void AddRow(int bucket, Span<float> scores);
}

/// <summary>Training weights: a dense table with the running sums an averaged perceptron needs.</summary>
internal sealed class DenseWeights(int bits) : IWeightRows
{
    private readonly float[] _w = new float[(1 << bits) * BilouLabels.Count];
    private readonly float[] _sum = new float[(1 << bits) * BilouLabels.Count];

    public int Bits => bits;

    public void AddRow(int bucket, Span<float> scores)
    {
        var row = _w.AsSpan(bucket * BilouLabels.Count, BilouLabels.Count);
        for (int l = 0; l < row.Length; l++) scores[l] += row[l];
    }

    /// <summary>Adds <paramref name="delta"/> at step <paramref name="step"/>; the sums make averaging O(1) per update (Daumé's trick).</summary>
    public void Update(int bucket, int label, float delta, int step)
    {
        int i = bucket * BilouLabels.Count + label;
        _w[i] += delta;
        _sum[i] += step * delta;
    }

    /// <summary>The averaged weights after <paramref name="steps"/> steps, as a sparse quantised table.</summary>
    public SparseWeights ToAveraged(int steps, float prune)
    {
        int rows = 1 << bits;
        int l = BilouLabels.Count;
        var avg = new float[l];
        var kept = new List<(int Bucket, float[] Row)>();
        float max = 0;
        for (int b = 0; b < rows; b++)
        {
            float rowMax = 0;
            for (int j = 0; j < l; j++)
            {
                int i = b * l + j;
                avg[j] = _w[i] - _sum[i] / steps;
                rowMax = Math.Max(rowMax, Math.Abs(avg[j]));
            }
            if (rowMax <= prune) continue;
            kept.Add((b, (float[])avg.Clone()));
            max = Math.Max(max, rowMax);
        }
        return SparseWeights.FromRows(bits, kept, max);
    }
}

/// <summary>Shipped weights: only the buckets that matter, quantised to 16 bits, in an open-addressing table.</summary>
internal sealed class SparseWeights : IWeightRows
{
    private readonly int[] _keys;
    private readonly short[] _values;
    private readonly int _mask;

    private SparseWeights(int bits, int[] buckets, short[] values, float scale)
    {
        Bits = bits;
        Scale = scale;
        Buckets = buckets;
        _values = values;
        int cap = 1;
        while (cap < buckets.Length * 2) cap <<= 1;
        _mask = cap - 1;
        _keys = new int[cap];
        Array.Fill(_keys, -1);
        _slots = new int[cap];
        for (int r = 0; r < buckets.Length; r++)
        {
            int h = Slot(buckets[r]);
            while (_keys[h] >= 0) h = (h + 1) & _mask;
            _keys[h] = buckets[r];
            _slots[h] = r;
        }
    }

    private readonly int[] _slots;

    public int Bits { get; }
    public float Scale { get; }
    public int[] Buckets { get; }
    public int RowCount => Buckets.Length;

    public void AddRow(int bucket, Span<float> scores)
    {
        int h = Slot(bucket);
        while (true)
        {
            int k = _keys[h];
            if (k == bucket) break;
            if (k < 0) return;
            h = (h + 1) & _mask;
        }
        var row = _values.AsSpan(_slots[h] * BilouLabels.Count, BilouLabels.Count);
        for (int l = 0; l < row.Length; l++) scores[l] += row[l] * Scale;
    }

    private int Slot(int bucket) => (int)((uint)(bucket * -1640531535) >> 8) & _mask;

    public static SparseWeights FromRows(int bits, List<(int Bucket, float[] Row)> rows, float max)
    {
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var buckets = new int[rows.Count];
        var values = new short[rows.Count * BilouLabels.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            buckets[r] = rows[r].Bucket;
            for (int l = 0; l < BilouLabels.Count; l++)
                values[r * BilouLabels.Count + l] = (short)Math.Round(rows[r].Row[l] / scale);
        }
        return new SparseWeights(bits, buckets, values, scale);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(Scale);
        w.Write(Buckets.Length);
        int prev = 0;
        foreach (var b in Buckets) { w.Write7BitEncodedInt(b - prev); prev = b; }
        foreach (var v in _values) w.Write(v);
    }

    public static SparseWeights Read(BinaryReader r)
    {
        int bits = r.ReadInt32();
        float scale = r.ReadSingle();
        int n = r.ReadInt32();
        var buckets = new int[n];
        int prev = 0;
        for (int i = 0; i < n; i++) buckets[i] = prev += r.Read7BitEncodedInt();
        var values = new short[n * BilouLabels.Count];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadInt16();
        return new SparseWeights(bits, buckets, values, scale);
    }
}
