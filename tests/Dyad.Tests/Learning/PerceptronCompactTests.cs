using Dyad.Learning;
using FsCheck;
using FsCheck.Xunit;

namespace Dyad.Tests.Learning;

public sealed class PerceptronCompactTests
{
    // A model over the hashes of 0 … features-1 (random 64-bit keys), each with one to four distinct classes in ascending order.
    private static PerceptronModel Model(int classes, int features, int seed)
    {
        var rng = new Random(seed);
        var keys = Enumerable.Range(0, features).Select(k => FeatureHash.Of(9, (ulong)k)).Order().ToArray();
        var starts = new List<int> { 0 };
        var entries = new List<int>();
        foreach (var _ in keys)
        {
            foreach (int c in Enumerable.Range(0, classes).OrderBy(_ => rng.Next()).Take(1 + rng.Next(Math.Min(classes, 4))).Order())
                entries.Add(c << 16 | (ushort)(short)(rng.Next(1, 3000) * (rng.Next(2) * 2 - 1))); // no zero weight: compaction drops those
            starts.Add(entries.Count);
        }
        return new PerceptronModel(classes, 0.01f, keys, [.. starts], [.. entries]);
    }

    private static PerceptronModel RoundTrip(PerceptronModel model)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        stream.Position = 0;
        return PerceptronModel.Read(new BinaryReader(stream));
    }

    private static byte[] Bytes(PerceptronModel model)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream)) model.Write(w);
        return stream.ToArray();
    }

    private static int[] Scores(PerceptronModel model, ulong[] features)
    {
        var scores = new int[model.ClassCount];
        model.Score(features, scores);
        return scores;
    }

    [Theory]
    [InlineData(3)]  // class masks, packed slots (the parser's transitions)
    [InlineData(51)] // class numbers, the general layout (relations, tags)
    public void Compacted_WithoutCollisions_ScoresEveryQueryAsTheOriginalAfterARoundTrip(int classes)
    {
        var model = Model(classes, 3000, seed: classes);
        var compact = model.Compacted(40, out var report);
        Assert.Equal(default, report);
        var read = RoundTrip(compact);
        Assert.True(read.IsCompact);
        Assert.Equal(40, read.KeyBits);
        Assert.Equal(compact.Keys, read.Keys);
        Assert.Equal(compact.Starts, read.Starts);
        Assert.Equal(compact.Entries, read.Entries);
        Assert.Equal(model.EntryCount, read.EntryCount); // in another order: cutting the keys reorders them
        // The queries are whole 64-bit hashes: present ones must find their cut key, absent ones nothing.
        var rng = new Random(3);
        for (int n = 0; n < 50; n++)
        {
            var features = Enumerable.Range(0, 1 + rng.Next(200)).Select(_ => FeatureHash.Of(9, (ulong)rng.Next(6000))).ToArray();
            Assert.Equal(Scores(model, features), Scores(read, features));
        }
    }

    [Fact]
    public void Compacted_CollidingKeys_MergesTheirWeightsPerClassClampingAndDropsAKeyCutToZero()
    {
        const ulong low = 0x00ABCDEF;
        short Minus4 = -4;
        ulong[] keys = [1UL << 30, (1UL << 32) | low, (2UL << 32) | low];
        int[] entries = [0 << 16 | 5, 0 << 16 | 30000, 2 << 16 | 7, 0 << 16 | 10000, 1 << 16 | (ushort)Minus4];
        var model = new PerceptronModel(3, 1f, keys, [0, 1, 3, 5], entries);
        var compact = model.Compacted(24, out var report);
        Assert.Equal(new PerceptronModel.CompactionReport(Merged: 1, Dropped: 1, Saturated: 1), report);
        Assert.Equal(new[] { low }, compact.Keys);
        Assert.Equal(new[] { 0 << 16 | short.MaxValue, 1 << 16 | (ushort)Minus4, 2 << 16 | 7 }, compact.Entries);
        // Either original hash finds the merged feature; the one cut to zero finds nothing.
        Assert.Equal(new[] { (int)short.MaxValue, -4, 7 }, Scores(RoundTrip(compact), [(5UL << 32) | low]));
        Assert.Equal(new[] { 0, 0, 0 }, Scores(compact, [1UL << 30]));
    }

    [Fact]
    public void Read_OriginalEncoding_StillReadsAndStaysUncompacted()
    {
        // The original layout written field by field, as files before the compact encoding hold it.
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(2); w.Write(0.5f); w.Write(2); w.Write(3);
            w.Write7BitEncodedInt64(100); w.Write7BitEncodedInt64(900);
            w.Write7BitEncodedInt(1); w.Write7BitEncodedInt(2);
            w.Write7BitEncodedInt(1); w.Write((short)-9);
            w.Write7BitEncodedInt(0); w.Write((short)4); w.Write7BitEncodedInt(1); w.Write((short)6);
        }
        stream.Position = 0;
        var model = PerceptronModel.Read(new BinaryReader(stream));
        Assert.False(model.IsCompact);
        Assert.Equal(64, model.KeyBits);
        Assert.Equal(new[] { 100UL, 1000UL }, model.Keys);
        Assert.Equal(new[] { 0, -9 }, Scores(model, [100]));
        Assert.Equal(new[] { 4, 6 }, Scores(model, [1000]));
        Assert.Equal(new[] { 0, 0 }, Scores(model, [1000 | (1UL << 50)])); // no mask on an old model: the high bits count
        Assert.Equal(stream.ToArray(), Bytes(model));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(51)]
    public void Read_TruncatedCompactPayload_ThrowsInvalidDataOrEndOfStream(int classes)
    {
        var bytes = Bytes(Model(classes, 400, seed: 7).Compacted(40, out _));
        for (int length = 0; length < bytes.Length; length += 1 + length / 8)
        {
            var e = Record.Exception(() => PerceptronModel.Read(new BinaryReader(new MemoryStream(bytes, 0, length))));
            Assert.True(e is EndOfStreamException or InvalidDataException, $"length {length}: {e?.GetType().Name ?? "no exception"}");
        }
    }

    [Theory]
    [InlineData(7, 0x7F)]  // the high byte of the class count
    [InlineData(15, 0x7F)] // the high byte of the key count
    [InlineData(20, 70)]   // the key bits
    [InlineData(21, 9)]    // the weight shift
    public void Read_CorruptCompactHeader_ThrowsInvalidData(int offset, byte value)
    {
        var bytes = Bytes(Model(51, 100, seed: 2).Compacted(40, out _));
        bytes[offset] = value;
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new BinaryReader(new MemoryStream(bytes))));
    }

    [Fact]
    public void Compacted_WeightShift_RoundsEachWeightToAMultipleAndKeepsItsUnits()
    {
        var model = new PerceptronModel(2, 1f, [7, 9], [0, 2, 3], [0 << 16 | 100, 1 << 16 | 5, 1 << 16 | 32767]);
        var compact = model.Compacted(40, out var report, weightShift: 4);
        Assert.Equal(1, report.Zeroed); // 5 rounds to 0 and leaves its feature's run
        var read = RoundTrip(compact);
        Assert.Equal(4, read.WeightShift);
        Assert.Equal(new[] { 0 << 16 | 96, 1 << 16 | 32752 }, read.Entries);
        Assert.Equal(new[] { 96, 0 }, Scores(read, [7]));
    }

    [Property(MaxTest = 100)]
    public bool Compacted_RandomKeySets_RoundTripAndAccountForEveryFeature(ulong[] raw, byte bits)
    {
        int keyBits = PerceptronModel.MinKeyBits + bits % (65 - PerceptronModel.MinKeyBits);
        var keys = raw.Where(k => k != 0).Distinct().Order().ToArray();
        var starts = Enumerable.Range(0, keys.Length + 1).ToArray();
        var entries = keys.Select(k => (int)(k % 5) << 16 | (ushort)(short)(1 + k % 1000)).ToArray();
        var model = new PerceptronModel(5, 1f, keys, starts, entries);
        var compact = model.Compacted(keyBits, out var report);
        var read = RoundTrip(compact);
        return read.Keys.SequenceEqual(compact.Keys) && read.Entries.SequenceEqual(compact.Entries)
            && compact.FeatureCount + report.Merged + report.Dropped == keys.Length
            && (keyBits < 64 || read.Keys.SequenceEqual(keys));
    }
}
