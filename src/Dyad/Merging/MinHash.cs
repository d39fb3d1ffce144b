namespace Dyad.Merging;

/// <summary>MinHash signatures over word shingles, for finding syndicated copies of one story.</summary>
/// <remarks>
/// Words are lower-cased letter/digit runs hashed in place (no strings); a shingle is <see cref="ShingleWords"/> consecutive
/// words; each of the <see cref="Size"/> slots keeps the minimum of a differently seeded 64-bit mix. The fraction of equal
/// slots estimates the Jaccard similarity of the two shingle sets. Thread-safe.
/// </remarks>
public static class MinHash
{
    public const int Size = 128;
    public const int ShingleWords = 5;

    public static ulong[] Signature(ReadOnlySpan<char> text)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        int words = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            window[words % ShingleWords] = h;
            words++;
            if (words >= ShingleWords) Add(signature, Shingle(window, words));
        }
        // A text shorter than one shingle is hashed as a single shingle of what it has.
        if (words is > 0 and < ShingleWords) Add(signature, Shingle(window[..words], words));
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        int same = 0;
        for (int k = 0; k < a.Length; k++) if (a[k] == b[k] && a[k] != ulong.MaxValue) same++;
        return (double)same / a.Length;
    }

    private static ulong Shingle(ReadOnlySpan<ulong> window, int words)
    {
        // Combine in text order so "a b c" and "c b a" differ: start at the oldest word of the ring.
        ulong h = 0;
        int n = window.Length;
        for (int k = 0; k < n; k++) h = Mix(h + window[(words + k) % n]);
        return h;
    }

    private static void Add(ulong[] signature, ulong shingle)
    {
        for (int k = 0; k < signature.Length; k++)
        {
            ulong v = Mix(shingle ^ Seeds[k]);
            if (v < signature[k]) signature[k] = v;
        }
    }

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong x = 0x9E3779B97F4A7C15UL;
        for (int k = 0; k < Size; k++) seeds[k] = x = Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
