namespace Dyad.Learning;

/// <summary>Sorted 32-bit hash keys stored as their count and 7-bit-encoded gaps: the key lists of the WordNet class tables.</summary>
internal static class KeyGaps
{
    /// <summary>The largest table a reader accepts: a corrupt count fails here rather than allocating gigabytes.</summary>
    public const int MaxKeys = 1 << 22;

    public static void Write(BinaryWriter w, uint[] sorted)
    {
        w.Write(sorted.Length);
        uint last = 0;
        // A gap over int.MaxValue round-trips through the int cast as its two's complement bits.
        foreach (var k in sorted) { w.Write7BitEncodedInt((int)(k - last)); last = k; }
    }

    public static uint[] Read(BinaryReader r, string table)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > MaxKeys) throw new InvalidDataException($"{table} has {n} entries");
        var keys = new uint[n];
        uint last = 0;
        for (int i = 0; i < n; i++) keys[i] = last += (uint)r.Read7BitEncodedInt();
        return keys;
    }
}
