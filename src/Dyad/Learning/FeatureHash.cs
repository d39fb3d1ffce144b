namespace Dyad.Learning;

/// <summary>Stable 64-bit hashes for feature templates and their atoms (words, tags, shapes).</summary>
/// <remarks>
/// Hashes must be identical on every run and machine, because model files store them: never use
/// <see cref="string.GetHashCode()"/>. Zero is reserved for an empty table slot, so no result is zero.
/// </remarks>
public static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>A strong 64-bit finaliser (MurmurHash3 fmix64).</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    public static ulong Of(int template, ulong a) => NonZero(Mix(((ulong)template * Golden) ^ a));

    public static ulong Of(int template, ulong a, ulong b) => NonZero(Mix(Mix(((ulong)template * Golden) ^ a) + b));

    public static ulong Of(int template, ulong a, ulong b, ulong c) =>
        NonZero(Mix(Mix(Mix(((ulong)template * Golden) ^ a) + b) + c));

    /// <summary>FNV-1a over the characters, finalised; the atom id of a string.</summary>
    public static ulong Text(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (var c in s) h = (h ^ c) * 0x100000001B3UL;
        return Mix(h);
    }

    /// <summary>As <see cref="Text"/>, over the lower-cased characters, without allocating.</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (var c in s) h = (h ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        return Mix(h);
    }

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
