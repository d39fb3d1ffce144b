using System.Globalization;

namespace Dyad.Merging;

/// <summary>MinHash signatures over five-word shingles, for finding syndicated copies of one story.</summary>
/// <remarks>
/// <see cref="Hashes"/> hash functions in <see cref="Bands"/> bands of <see cref="Rows"/>: two texts with Jaccard similarity
/// 0.8 share a band with probability above 0.99, texts at 0.3 almost never. Words are lower-cased letter/digit runs hashed
/// with FNV-1a, shingles FNV-1a over five word hashes, and each slot the minimum of a fixed affine map, so signatures are the
/// same on every run and machine. The store persists them (<see cref="ToText"/> in <c>articles.minhash</c>,
/// <see cref="BandKeys"/> in <c>article_bands</c>): changing any constant here unlinks every stored copy. Thread-safe.
/// </remarks>
public static class MinHash
{
    public const int Hashes = 32, Bands = 8, Rows = Hashes / Bands, ShingleWords = 5;

    private const ulong FnvOffset = 14695981039346656037, FnvPrime = 1099511628211;

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

    /// <summary>The signature of a text, or null when it has too few words (under two shingles' worth) to compare.</summary>
    public static ulong[]? Signature(ReadOnlySpan<char> text)
    {
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        // The last five word hashes in a ring: word j sits at j % 5, so after n words the oldest is at n % 5.
        Span<ulong> window = stackalloc ulong[ShingleWords];
        int words = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = FnvOffset;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) { h = (h ^ char.ToLowerInvariant(text[i])) * FnvPrime; i++; }
            window[words % ShingleWords] = h;
            words++;
            if (words < ShingleWords) continue;
            ulong shingle = FnvOffset;
            for (int k = 0; k < ShingleWords; k++) shingle = (shingle ^ window[(words + k) % ShingleWords]) * FnvPrime;
            for (int k = 0; k < Hashes; k++)
            {
                var v = Coefficients[k].A * shingle + Coefficients[k].B;
                if (v < sig[k]) sig[k] = v;
            }
        }
        return words < ShingleWords * 2 ? null : sig;
    }

    /// <summary>One key per band: signatures sharing a key are candidate copies.</summary>
    public static long[] BandKeys(ReadOnlySpan<ulong> sig)
    {
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong h = FnvOffset ^ (ulong)b;
            for (int r = 0; r < Rows; r++) h = (h ^ sig[b * Rows + r]) * FnvPrime;
            keys[b] = (long)h;
        }
        return keys;
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature entries.</summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int same = 0;
        for (int i = 0; i < Hashes; i++) if (a[i] == b[i]) same++;
        return (double)same / Hashes;
    }

    /// <summary>The persisted form: the entries as 16 hex digits, space-separated.</summary>
    public static string ToText(ReadOnlySpan<ulong> sig)
    {
        var parts = new string[sig.Length];
        for (int i = 0; i < sig.Length; i++) parts[i] = sig[i].ToString("x16", CultureInfo.InvariantCulture);
        return string.Join(' ', parts);
    }

    public static ulong[] FromText(string text) =>
        text.Split(' ').Select(s => ulong.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
