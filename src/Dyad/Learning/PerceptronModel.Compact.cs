using System.Numerics;

namespace Dyad.Learning;

// The compact encoding. Measured on the shipped files (docs/notes/syntax.md, session 10), 64-bit key deltas were about
// 60 % of each compressed parser and tagger payload: keys cut to B bits and Rice-coded take about log2(2^B / n) + 1.5
// bits. The entries were written interleaved (class varint, int16), which Deflate compresses worse than the same
// numbers as separate streams: class masks or class numbers, then the weights' high bytes, then their low bytes.
public sealed partial class PerceptronModel
{
    // Where the old payload starts with its class count (always positive), a compact one starts with this; a build
    // that predates it rejects the file as out of range instead of misreading it.
    private const int CompactMarker = -1;
    private const int MaxMaskClasses = 8;
    private const int MaxWeightShift = 8;

    /// <summary>The fewest key bits a compact model may keep: below it, absent features hit stored ones too often.</summary>
    internal const int MinKeyBits = 24;

    /// <summary>How many low bits of each feature hash the model keeps; lookups mask queries to them (64: the whole hash).</summary>
    internal int KeyBits { get; }

    /// <summary>How many low bits every weight leaves at zero, so the file need not store them (0: weights as trained).</summary>
    internal int WeightShift { get; }

    /// <summary>Whether <see cref="Write"/> uses the compact encoding (a model from <see cref="Compacted"/> or a compact file).</summary>
    internal bool IsCompact { get; }

    private static ulong KeyMask(int keyBits) => keyBits >= 64 ? ulong.MaxValue : (1UL << keyBits) - 1;

    /// <summary>What compaction changed: features folded into another's truncated key, dropped, weights clamped or rounded to zero.</summary>
    internal readonly record struct CompactionReport(int Merged, int Dropped, int Saturated, int Zeroed = 0);

    /// <summary>This model with keys cut to their low <paramref name="keyBits"/> bits, written in the compact encoding.</summary>
    /// <remarks>Features whose cut keys collide become one feature whose weights are their sums per class (clamped to
    /// int16), which is what a lookup of either would have to return anyway; a key cut to zero (the empty slot) is dropped.
    /// With no collision the model scores every input exactly as before. A <paramref name="weightShift"/> above zero rounds
    /// every weight to a multiple of 2^shift (lossy: scores stay in the same units, so margins and thresholds keep their
    /// meaning, but decisions may change; measure before shipping).</remarks>
    internal PerceptronModel Compacted(int keyBits, out CompactionReport report, int weightShift = 0)
    {
        if (keyBits < MinKeyBits || keyBits > KeyBits)
            throw new ArgumentOutOfRangeException(nameof(keyBits), $"key bits must be {MinKeyBits} to {KeyBits} for this model");
        if (weightShift < 0 || weightShift > MaxWeightShift)
            throw new ArgumentOutOfRangeException(nameof(weightShift), $"the weight shift is 0 to {MaxWeightShift}");
        ulong mask = KeyMask(keyBits);
        var cut = new ulong[Keys.Length];
        var order = new int[Keys.Length];
        for (int i = 0; i < cut.Length; i++) { cut[i] = Keys[i] & mask; order[i] = i; }
        Array.Sort(cut, order);
        var keys = new List<ulong>(cut.Length);
        var starts = new List<int>(cut.Length + 1) { 0 };
        var entries = new List<int>(_entries.Length);
        var sums = new int[ClassCount];
        var touched = new List<int>();
        int merged = 0, dropped = 0, saturated = 0, zeroed = 0;
        for (int g = 0; g < cut.Length;)
        {
            int end = g + 1;
            while (end < cut.Length && cut[end] == cut[g]) end++;
            if (cut[g] == 0) { dropped += end - g; g = end; continue; }
            merged += end - g - 1;
            for (int j = g; j < end; j++)
                for (int e = Starts[order[j]]; e < Starts[order[j] + 1]; e++)
                {
                    int c = _entries[e] >>> 16;
                    if (sums[c] == 0 && !touched.Contains(c)) touched.Add(c);
                    sums[c] += (short)_entries[e];
                }
            touched.Sort();
            foreach (int c in touched)
            {
                int w = Math.Clamp(sums[c], short.MinValue, short.MaxValue);
                if (w != sums[c]) saturated++;
                if (weightShift > 0 && w != 0)
                {
                    w = Math.Clamp((int)Math.Round(w / (double)(1 << weightShift), MidpointRounding.AwayFromZero), short.MinValue >> weightShift, short.MaxValue >> weightShift) << weightShift;
                    if (w == 0) zeroed++;
                }
                if (w != 0) entries.Add((c << 16) | (ushort)(short)w);
                sums[c] = 0;
            }
            touched.Clear();
            if (entries.Count > starts[^1]) { keys.Add(cut[g]); starts.Add(entries.Count); }
            g = end;
        }
        report = new CompactionReport(merged, dropped, saturated, zeroed);
        return new PerceptronModel(ClassCount, Scale, [.. keys], [.. starts], [.. entries], keyBits, compact: true, weightShift);
    }

    private void WriteCompact(BinaryWriter w)
    {
        w.Write(CompactMarker);
        w.Write(ClassCount);
        w.Write(Scale);
        w.Write(Keys.Length);
        w.Write(_entries.Length);
        w.Write((byte)KeyBits);
        w.Write((byte)WeightShift);
        if (ClassCount <= MaxMaskClasses)
            for (int i = 0; i < Keys.Length; i++)
            {
                int mask = 0;
                for (int e = Starts[i]; e < Starts[i + 1]; e++)
                {
                    int bit = 1 << (_entries[e] >>> 16);
                    // A mask lists each class once, in ascending order: it cannot hold a run that is not so.
                    if (bit <= mask) throw new InvalidOperationException("a compact model's classes ascend within each feature");
                    mask |= bit;
                }
                w.Write((byte)mask);
            }
        else
        {
            for (int i = 0; i < Keys.Length; i++) w.Write7BitEncodedInt(Starts[i + 1] - Starts[i]);
            foreach (int e in _entries) w.Write7BitEncodedInt(e >>> 16);
        }
        // Every weight is a multiple of 2^WeightShift (Compacted made it so): the shifted value is exact.
        foreach (int e in _entries) w.Write((byte)((short)e >> WeightShift >> 8));
        foreach (int e in _entries) w.Write((byte)((short)e >> WeightShift));
        RiceKeys.Write(w, Keys);
    }

    // Called with the marker read. Every count is checked against the bytes left before anything is allocated.
    private static Unbuilt ReadCompact(ref PayloadReader r)
    {
        int classCount = r.ReadInt32();
        float scale = r.ReadSingle();
        int keyCount = r.ReadInt32();
        int entryCount = r.ReadInt32();
        int keyBits = r.ReadByte();
        int shift = r.ReadByte();
        if (classCount <= 0 || classCount > ushort.MaxValue || keyBits < MinKeyBits || keyBits > 64 || shift > MaxWeightShift || keyCount < 0
            || entryCount < keyCount || keyCount > r.Remaining || entryCount > r.Remaining / 2)
            throw new InvalidDataException("compact perceptron header is out of range");
        var keys = GC.AllocateUninitializedArray<ulong>(keyCount);
        HugePages.Advise(keys);
        var starts = GC.AllocateUninitializedArray<int>(keyCount + 1);
        HugePages.Advise(starts);
        var entries = GC.AllocateUninitializedArray<int>(entryCount);
        HugePages.Advise(entries);
        starts[0] = 0;
        int n = 0;
        if (classCount <= MaxMaskClasses)
        {
            var masks = r.ReadBytes(keyCount);
            for (int i = 0; i < keyCount; i++)
            {
                int mask = masks[i];
                if (mask == 0 || mask >> classCount != 0 || n + BitOperations.PopCount((uint)mask) > entryCount)
                    throw new InvalidDataException("compact perceptron class mask is out of range");
                for (; mask != 0; mask &= mask - 1) entries[n++] = BitOperations.TrailingZeroCount(mask) << 16;
                starts[i + 1] = n;
            }
        }
        else
        {
            for (int i = 0; i < keyCount; i++)
            {
                int run = r.Read7BitEncodedInt();
                if (run <= 0 || run > entryCount - n) throw new InvalidDataException("compact perceptron run is out of range");
                starts[i + 1] = n += run;
            }
            for (int e = 0; e < n; e++)
            {
                int c = r.Read7BitEncodedInt();
                if ((uint)c >= (uint)classCount) throw new InvalidDataException("perceptron class out of range");
                entries[e] = c << 16;
            }
        }
        if (n != entryCount) throw new InvalidDataException("perceptron entry count mismatch");
        var high = r.ReadBytes(entryCount);
        var low = r.ReadBytes(entryCount);
        for (int e = 0; e < entryCount; e++)
        {
            int w = (short)(high[e] << 8 | low[e]) << shift;
            if (w != (short)w) throw new InvalidDataException("compact perceptron weight is out of range");
            entries[e] |= (ushort)w;
        }
        RiceKeys.Read(ref r, keys, KeyMask(keyBits));
        return new Unbuilt(classCount, scale, keys, starts, entries, keyBits, compact: true, shift);
    }
}
