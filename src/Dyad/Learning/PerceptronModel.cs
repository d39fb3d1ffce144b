namespace Dyad.Learning;

/// <summary>A frozen multi-class linear model over hashed features: quantised, pruned weights behind an open-addressing table.</summary>
/// <remarks>
/// Each feature maps to a short run of (class, weight) entries; scoring sums the runs of the active
/// features into an integer score per class. Immutable and thread-safe once built; scoring allocates nothing.
/// </remarks>
public sealed class PerceptronModel
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    // Entry = class in the high 16 bits, weight (int16) in the low 16 bits.
    private readonly int[] _entries;

    private readonly struct Slot(ulong key, int start, int count)
    {
        public readonly ulong Key = key;
        public readonly int Start = start;
        public readonly int Count = count;
    }

    /// <param name="keys">Feature hashes, distinct and non-zero.</param>
    /// <param name="starts">For feature i, its entries are entries[starts[i]..starts[i+1]].</param>
    internal PerceptronModel(int classCount, float scale, ulong[] keys, int[] starts, int[] entries)
    {
        ClassCount = classCount;
        Scale = scale;
        Keys = keys;
        Starts = starts;
        _entries = entries;
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            int s = (int)(keys[i] & (ulong)_mask);
            while (_slots[s].Key != 0)
            {
                if (_slots[s].Key == keys[i]) throw new InvalidDataException("duplicate feature in model");
                s = (s + 1) & _mask;
            }
            _slots[s] = new Slot(keys[i], starts[i], starts[i + 1] - starts[i]);
        }
    }

    public int ClassCount { get; }

    /// <summary>The float value of one quantised weight unit (for reporting and combining models).</summary>
    public float Scale { get; }

    public int FeatureCount => Keys.Length;
    public int EntryCount => _entries.Length;
    internal ulong[] Keys { get; }
    internal int[] Starts { get; }
    internal int[] Entries => _entries;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (length ≥ ClassCount, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var slots = _slots;
        var entries = _entries;
        foreach (var f in features)
        {
            int s = (int)(f & (ulong)_mask);
            while (true)
            {
                ref readonly var slot = ref slots[s];
                if (slot.Key == f)
                {
                    int end = slot.Start + slot.Count;
                    for (int e = slot.Start; e < end; e++)
                    {
                        int v = entries[e];
                        scores[v >>> 16] += (short)v;
                    }
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

    /// <summary>A copy without the weights smaller than <paramref name="minAbs"/> quantised units, and without features left empty.</summary>
    /// <remarks>Most features of a large model carry tiny weights that rarely change a decision; dropping them shrinks the file.</remarks>
    public PerceptronModel Pruned(int minAbs)
    {
        var keys = new List<ulong>(Keys.Length);
        var starts = new List<int>(Keys.Length + 1) { 0 };
        var entries = new List<int>(_entries.Length);
        for (int i = 0; i < Keys.Length; i++)
        {
            int before = entries.Count;
            for (int e = Starts[i]; e < Starts[i + 1]; e++)
                if (Math.Abs((short)_entries[e]) >= minAbs) entries.Add(_entries[e]);
            if (entries.Count == before) continue;
            keys.Add(Keys[i]);
            starts.Add(entries.Count);
        }
        return new PerceptronModel(ClassCount, Scale, [.. keys], [.. starts], [.. entries]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(Scale);
        w.Write(Keys.Length);
        w.Write(_entries.Length);
        // Keys sorted ascending are delta-encoded as varints: smaller and more compressible than raw 64-bit hashes.
        ulong prev = 0;
        foreach (var k in Keys) { w.Write7BitEncodedInt64((long)(k - prev)); prev = k; }
        for (int i = 0; i < Keys.Length; i++) w.Write7BitEncodedInt(Starts[i + 1] - Starts[i]);
        foreach (var e in _entries) { w.Write7BitEncodedInt(e >>> 16); w.Write((short)e); }
    }

    public static PerceptronModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        float scale = r.ReadSingle();
        int keyCount = r.ReadInt32();
        int entryCount = r.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || keyCount < 0 || entryCount < 0)
            throw new InvalidDataException("perceptron header is out of range");
        var keys = new ulong[keyCount];
        ulong prev = 0;
        for (int i = 0; i < keyCount; i++) { prev += (ulong)r.Read7BitEncodedInt64(); keys[i] = prev; }
        var starts = new int[keyCount + 1];
        for (int i = 0; i < keyCount; i++) starts[i + 1] = starts[i] + r.Read7BitEncodedInt();
        if (starts[keyCount] != entryCount) throw new InvalidDataException("perceptron entry count mismatch");
        var entries = new int[entryCount];
        for (int i = 0; i < entryCount; i++)
        {
            int c = r.Read7BitEncodedInt();
            if ((uint)c >= (uint)classCount) throw new InvalidDataException("perceptron class out of range");
            entries[i] = (c << 16) | (ushort)r.ReadInt16();
        }
        return new PerceptronModel(classCount, scale, keys, starts, entries);
    }
}
