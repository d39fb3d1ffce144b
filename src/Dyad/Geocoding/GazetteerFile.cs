using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Dyad.Geocoding;

/// <summary>Reads and writes the gazetteer's binary form: a small header, then zlib-compressed columns with varint-coded integers.</summary>
/// <remarks>
/// Column-wise layout lets zlib find the repetition; coordinates, ids and postings are delta- or varint-coded; names and
/// index keys are single string pools. Loading inflates the payload into one buffer and walks it with a span reader.
/// </remarks>
internal static class GazetteerFile
{
    private const int Magic = 0x5A475944; // "DYGZ"
    private const int Version = 3;

    public static void Write(Gazetteer g, Stream output)
    {
        var raw = new MemoryStream();
        using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true)) WriteColumns(g, w);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], (int)raw.Length);
        output.Write(header);
        using var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        z.Write(raw.GetBuffer(), 0, (int)raw.Length);
    }

    private static void WriteColumns(Gazetteer g, BinaryWriter w)
    {
        w.Write7BitEncodedInt(g.CountryTable.Length);
        foreach (var c in g.CountryTable)
        {
            w.Write(c.Iso2); w.Write(c.Iso3); w.Write(c.Numeric); w.Write(c.Fips ?? ""); w.Write(c.Name);
            w.Write(c.Lat); w.Write(c.Lon); w.Write(c.Region ?? ""); w.Write(c.Subregion ?? ""); w.Write(c.Capital ?? "");
        }
        w.Write7BitEncodedInt(g.FeatureCodes.Length);
        foreach (var f in g.FeatureCodes) w.Write(f);
        int n = g.Count;
        w.Write7BitEncodedInt(n);
        WritePool(w, g.NamePool, g.NameStart);
        foreach (var k in g.Kinds) w.Write((byte)k);
        w.Write(g.FeatureOf);
        foreach (var c in g.CountryOf) w.Write7BitEncodedInt(c + 1);
        // Coordinates as 1e-4 degree integers (about 11 m), delta-coded against the previous entry.
        int prevLat = 0, prevLon = 0;
        for (int i = 0; i < n; i++)
        {
            int lat = (int)Math.Round(g.Lats[i] * 1e4), lon = (int)Math.Round(g.Lons[i] * 1e4);
            w.Write7BitEncodedInt(ZigZag(lat - prevLat));
            w.Write7BitEncodedInt(ZigZag(lon - prevLon));
            prevLat = lat; prevLon = lon;
        }
        foreach (var p in g.Populations) w.Write7BitEncodedInt64(p);
        long prevId = 0;
        foreach (var id in g.GeonameIds) { w.Write7BitEncodedInt64(ZigZag(id - prevId)); prevId = id; }
        foreach (var a in g.Admin1Of) w.Write7BitEncodedInt(a + 1);
        foreach (var a in g.Admin2Of) w.Write7BitEncodedInt(a + 1);
        w.Write7BitEncodedInt(g.KeyCount);
        WritePool(w, g.KeyPool, g.KeyStart);
        for (int k = 0; k < g.KeyCount; k++) w.Write7BitEncodedInt(g.PostingStart[k + 1] - g.PostingStart[k]);
        foreach (var id in g.Postings) w.Write7BitEncodedInt(id);
        w.Write7BitEncodedInt(g.Demonyms.Count);
        foreach (var (key, c) in g.Demonyms.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(key); w.Write7BitEncodedInt(c); }
    }

    public static Gazetteer Read(Stream input)
    {
        Span<byte> header = stackalloc byte[12];
        input.ReadExactly(header);
        if (BinaryPrimitives.ReadInt32LittleEndian(header) != Magic) throw new InvalidDataException("not a Dyad gazetteer file");
        if (BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Version)
            throw new InvalidDataException("gazetteer file version is not supported; rebuild it with `dyad train gazetteer`");
        int length = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (length is <= 0 or > 1 << 30) throw new InvalidDataException("gazetteer file header is damaged");
        var buffer = new byte[length];
        using (var z = new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true)) z.ReadExactly(buffer);
        return ReadColumns(new SpanReader(buffer));
    }

    private static Gazetteer ReadColumns(SpanReader r)
    {
        var g = new Gazetteer { CountryTable = new CountryInfo[r.Varint()] };
        for (int i = 0; i < g.CountryTable.Length; i++)
            g.CountryTable[i] = new CountryInfo(r.String(), r.String(), r.String(), NullIfEmpty(r.String()), r.String(),
                r.Double(), r.Double(), NullIfEmpty(r.String()), NullIfEmpty(r.String()), NullIfEmpty(r.String()));
        g.FeatureCodes = new string[r.Varint()];
        for (int i = 0; i < g.FeatureCodes.Length; i++) g.FeatureCodes[i] = r.String();
        int n = r.Varint();
        (g.NamePool, g.NameStart) = ReadPool(ref r, n);
        g.Kinds = new GazetteerKind[n];
        r.Bytes(n).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(g.Kinds.AsSpan()));
        g.FeatureOf = r.Bytes(n).ToArray();
        g.CountryOf = new short[n];
        for (int i = 0; i < n; i++) g.CountryOf[i] = (short)(r.Varint() - 1);
        g.Lats = new float[n];
        g.Lons = new float[n];
        int lat = 0, lon = 0;
        for (int i = 0; i < n; i++)
        {
            lat += UnZigZag(r.Varint());
            lon += UnZigZag(r.Varint());
            g.Lats[i] = lat / 1e4f;
            g.Lons[i] = lon / 1e4f;
        }
        g.Populations = new long[n];
        for (int i = 0; i < n; i++) g.Populations[i] = r.Varint64();
        g.GeonameIds = new long[n];
        long id = 0;
        for (int i = 0; i < n; i++) { id += UnZigZag(r.Varint64()); g.GeonameIds[i] = id; }
        g.Admin1Of = new int[n];
        for (int i = 0; i < n; i++) g.Admin1Of[i] = r.Varint() - 1;
        g.Admin2Of = new int[n];
        for (int i = 0; i < n; i++) g.Admin2Of[i] = r.Varint() - 1;
        int keys = r.Varint();
        (g.KeyPool, g.KeyStart) = ReadPool(ref r, keys);
        g.PostingStart = new int[keys + 1];
        for (int k = 0; k < keys; k++) g.PostingStart[k + 1] = g.PostingStart[k] + r.Varint();
        g.Postings = new int[g.PostingStart[keys]];
        for (int j = 0; j < g.Postings.Length; j++) g.Postings[j] = r.Varint();
        int demonyms = r.Varint();
        g.Demonyms = new Dictionary<string, int>(demonyms, StringComparer.Ordinal);
        for (int k = 0; k < demonyms; k++) g.Demonyms[r.String()] = r.Varint();
        g.Seal();
        return g;
    }

    /// <summary>A string pool as its lengths in chars, then the whole pool as one UTF-8 block, so loading decodes it once.</summary>
    private static void WritePool(BinaryWriter w, string pool, int[] starts)
    {
        for (int i = 0; i + 1 < starts.Length; i++) w.Write7BitEncodedInt(starts[i + 1] - starts[i]);
        var bytes = Encoding.UTF8.GetBytes(pool);
        w.Write7BitEncodedInt(bytes.Length);
        w.Write(bytes);
    }

    private static (string Pool, int[] Starts) ReadPool(ref SpanReader r, int count)
    {
        var starts = new int[count + 1];
        for (int i = 0; i < count; i++) starts[i + 1] = starts[i] + r.Varint();
        var pool = Encoding.UTF8.GetString(r.Bytes(r.Varint()));
        if (pool.Length != starts[count]) throw new InvalidDataException("gazetteer string pool is damaged");
        return (pool, starts);
    }

    private static int ZigZag(int v) => (v << 1) ^ (v >> 31);
    private static long ZigZag(long v) => (v << 1) ^ (v >> 63);
    private static int UnZigZag(int v) => (int)((uint)v >> 1) ^ -(v & 1);
    private static long UnZigZag(long v) => (long)((ulong)v >> 1) ^ -(v & 1);
    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
