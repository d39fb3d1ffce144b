using System.Globalization;

namespace Dyad.Storage;

/// <summary>MinHash over five-word shingles: finds syndicated copies of an article (the same wire story on two sites).</summary>
/// <remarks>
/// 32 hash functions in 8 bands of 4: two texts with Jaccard similarity 0.8 share a band with probability above 0.99,
/// texts at 0.3 almost never. Hashes are FNV-1a and fixed multipliers, so signatures are the same on every run and machine.
/// </remarks>
internal static class NearDuplicates
{
    public const int Hashes = 32, Bands = 8, Rows = Hashes / Bands, ShingleWords = 5;
    public const double Threshold = 0.8;

    private static readonly (ulong A, ulong B)[] Coefficients = MakeCoefficients();

    private static (ulong, ulong)[] MakeCoefficients()
    {
        ulong state = 0x9E3779B97F4A7C15;
        ulong Next()
        {
            // SplitMix64: a fixed, seedable sequence (Random's algorithm may change between runtimes).
            ulong z = state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
        return Enumerable.Range(0, Hashes).Select(_ => (Next() | 1, Next())).ToArray();
    }

    /// <summary>The signature of a text, or null when it has too few words to compare.</summary>
    public static ulong[]? Signature(string text)
    {
        var words = new List<ulong>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            ulong h = 14695981039346656037;
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) { h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211; i++; }
            if (i > start) words.Add(h);
        }
        if (words.Count < ShingleWords * 2) return null;
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        for (int w = 0; w + ShingleWords <= words.Count; w++)
        {
            ulong shingle = 14695981039346656037;
            for (int k = 0; k < ShingleWords; k++) shingle = (shingle ^ words[w + k]) * 1099511628211;
            for (int k = 0; k < Hashes; k++)
            {
                var v = Coefficients[k].A * shingle + Coefficients[k].B;
                if (v < sig[k]) sig[k] = v;
            }
        }
        return sig;
    }

    /// <summary>One key per band: articles sharing a key are candidates.</summary>
    public static long[] BandKeys(ulong[] sig)
    {
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong h = 14695981039346656037 ^ (ulong)b;
            for (int r = 0; r < Rows; r++) h = (h ^ sig[b * Rows + r]) * 1099511628211;
            keys[b] = (long)h;
        }
        return keys;
    }

    /// <summary>Estimated Jaccard similarity: the share of equal signature entries.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        int same = 0;
        for (int i = 0; i < Hashes; i++) if (a[i] == b[i]) same++;
        return (double)same / Hashes;
    }

    public static string ToText(ulong[] sig) => string.Join(' ', sig.Select(v => v.ToString("x16", CultureInfo.InvariantCulture)));

    public static ulong[] FromText(string text) => text.Split(' ').Select(s => ulong.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
