namespace Dyad.Learning;

/// <summary>A frozen multi-class linear model over hashed features: quantised, pruned weights behind an open-addressing table.</summary>
/// <remarks>
/// Each feature maps to a short run of (class, weight) entries; scoring sums the runs of the active
/// features into an integer score per class. Immutable and thread-safe once built; scoring allocates nothing.
/// </remarks>
public sealed partial class PerceptronModel
{
    private readonly Slot[]? _slots;
    // Models of at most four classes (the parser's transitions, scored ~2 times a word) keep the weights inside the
    // slot, so a feature costs one memory access instead of two: the lookups are cache misses and dominate parsing.
    private readonly PackedSlot[]? _packed;
    private readonly int _mask;
    // Queries are cut to the model's key bits before the lookup (all ones unless compacted), one AND a feature; the
    // home slot of a query is its hash under both masks.
    private readonly ulong _keyMask;
    private readonly ulong _homeMask;
    // Entry = class in the high 16 bits, weight (int16) in the low 16 bits.
    private readonly int[] _entries;

    // The slot types share FreeSlot through this interface; as structs, each gets its own compiled, inlined copy.
    private interface IKeyed
    {
        ulong Key { get; }
    }

    private readonly struct PackedSlot(ulong key, long weights) : IKeyed
    {
        public ulong Key { get; } = key;
        public readonly long Weights = weights; // class c's int16 weight in bits 16c..16c+15
    }

    private readonly struct Slot(ulong key, int start, int count) : IKeyed
    {
        public ulong Key { get; } = key;
        public readonly int Start = start;
        public readonly int Count = count;
    }

    /// <param name="keys">Feature hashes, distinct and non-zero.</param>
    /// <param name="starts">For feature i, its entries are entries[starts[i]..starts[i+1]].</param>
    /// <param name="keyBits">How many low bits of each hash the keys keep (64 unless compacted).</param>
    /// <param name="weightShift">Low bits left at zero in every weight (compact files only).</param>
    internal PerceptronModel(int classCount, float scale, ulong[] keys, int[] starts, int[] entries, int keyBits = 64, bool compact = false, int weightShift = 0)
    {
        ClassCount = classCount;
        KeyBits = keyBits;
        IsCompact = compact;
        WeightShift = weightShift;
        _keyMask = KeyMask(keyBits);
        Scale = scale;
        Keys = keys;
        Starts = starts;
        _entries = entries;
        // At least twice the keys: absent features (most lookups) stop at an empty slot within a probe or two.
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _mask = capacity - 1;
        _homeMask = (ulong)_mask & _keyMask;
        if (classCount <= MaxPackedClasses && TryPack(keys, starts, entries, capacity) is { } packed)
        {
            _packed = packed;
            return;
        }
        var slots = new Slot[capacity];
        HugePages.Advise(slots);
        for (int i = 0; i < keys.Length; i++)
            slots[FreeSlot(slots, keys[i])] = new Slot(keys[i], starts[i], starts[i + 1] - starts[i]);
        _slots = slots;
    }

    private const int MaxPackedClasses = 4;

    private PackedSlot[]? TryPack(ulong[] keys, int[] starts, int[] entries, int capacity)
    {
        var packed = new PackedSlot[capacity];
        HugePages.Advise(packed);
        for (int i = 0; i < keys.Length; i++)
        {
            long weights = 0;
            int seen = 0;
            for (int e = starts[i]; e < starts[i + 1]; e++)
            {
                int c = entries[e] >>> 16;
                if ((seen & (1 << c)) != 0) return null; // a class listed twice: keep the general layout, which sums
                seen |= 1 << c;
                weights |= (long)(ushort)(short)entries[e] << (16 * c);
            }
            packed[FreeSlot(packed, keys[i])] = new PackedSlot(keys[i], weights);
        }
        return packed;
    }

    // A generic over struct slots rather than a key-selector delegate: the delegate call on every probe made
    // building the tables a third of loading the parser.
    private int FreeSlot<T>(T[] table, ulong key) where T : struct, IKeyed
    {
        int mask = _mask;
        int s = (int)(key & (ulong)mask);
        while (true)
        {
            ulong k = table[s].Key;
            if (k == 0) return s;
            if (k == key) throw new InvalidDataException("duplicate feature in model");
            s = (s + 1) & mask;
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
        return new PerceptronModel(ClassCount, Scale, [.. keys], [.. starts], [.. entries], KeyBits, IsCompact, WeightShift);
    }

    /// <summary>Writes the model: in the compact encoding when <see cref="IsCompact"/>, else in the original one.</summary>
    public void Write(BinaryWriter w)
    {
        if (IsCompact) { WriteCompact(w); return; }
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

    /// <summary>Reads a model that <see cref="Write"/> wrote, leaving <paramref name="r"/> just past it.</summary>
    /// <remarks>The numbers are parsed from the bytes of the stream rather than through BinaryReader calls: a model
    /// payload is millions of varints. A MemoryStream (every model file's payload) is read in place; another seekable
    /// stream is copied from its position first.</remarks>
    public static PerceptronModel Read(BinaryReader r) => ReadUnbuilt(r).Build();

    /// <summary>Reads a model's arrays; <see cref="Unbuilt.Build"/> then builds its hash table (on another thread if the caller wishes).</summary>
    internal static Unbuilt ReadUnbuilt(BinaryReader r)
    {
        var stream = r.BaseStream;
        ReadOnlySpan<byte> bytes;
        if (stream is MemoryStream ms && ms.TryGetBuffer(out var buffer)) bytes = buffer.AsSpan((int)ms.Position);
        else
        {
            var rest = new byte[stream.Length - stream.Position];
            stream.ReadExactly(rest);
            stream.Position -= rest.Length;
            bytes = rest;
        }
        var reader = new PayloadReader(bytes);
        var model = Read(ref reader);
        stream.Position += reader.Position;
        return model;
    }

    /// <summary>A model read but not yet indexed: building the table is the part worth moving off the reading thread.</summary>
    internal sealed class Unbuilt(int classCount, float scale, ulong[] keys, int[] starts, int[] entries, int keyBits = 64, bool compact = false, int weightShift = 0)
    {
        public PerceptronModel Build() => new(classCount, scale, keys, starts, entries, keyBits, compact, weightShift);
    }

    private static Unbuilt Read(ref PayloadReader r)
    {
        int classCount = r.ReadInt32();
        if (classCount == CompactMarker) return ReadCompact(ref r);
        float scale = r.ReadSingle();
        int keyCount = r.ReadInt32();
        int entryCount = r.ReadInt32();
        if (classCount <= 0 || classCount > ushort.MaxValue || keyCount < 0 || entryCount < 0)
            throw new InvalidDataException("perceptron header is out of range");
        var keys = GC.AllocateUninitializedArray<ulong>(keyCount);
        HugePages.Advise(keys);
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++) { prev += (ulong)r.Read7BitEncodedInt64(); keys[i] = prev; }
        var starts = GC.AllocateUninitializedArray<int>(keyCount + 1);
        HugePages.Advise(starts);
        starts[0] = 0;
        for (int i = 0; i < keyCount; i++) starts[i + 1] = starts[i] + r.Read7BitEncodedInt();
        if (starts[keyCount] != entryCount) throw new InvalidDataException("perceptron entry count mismatch");
        var entries = GC.AllocateUninitializedArray<int>(entryCount);
        HugePages.Advise(entries);
        for (int i = 0; i < entries.Length; i++)
        {
            int c = r.Read7BitEncodedInt();
            if ((uint)c >= (uint)classCount) throw new InvalidDataException("perceptron class out of range");
            entries[i] = (c << 16) | (ushort)r.ReadInt16();
        }
        return new Unbuilt(classCount, scale, keys, starts, entries);
    }
}
