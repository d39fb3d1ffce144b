namespace Dyad.Entities;

/// <summary>FNV-1a hashing of feature templates and their string or integer values, without allocation.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        ulong h = Mix(Offset, (ulong)template);
        foreach (char c in value) h = (h ^ c) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        ulong h = Mix(Offset, (ulong)template);
        foreach (char c in a) h = (h ^ c) * Prime;
        h = (h ^ 0x1F) * Prime;
        foreach (char c in b) h = (h ^ c) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, long value) => Finish(Mix(Mix(Offset, (ulong)template), (ulong)value));

    /// <summary>Combines an already hashed feature with a small integer (a label, a flag).</summary>
    public static ulong Combine(ulong hash, long value) => Finish(Mix(hash, (ulong)value + 0x9E37));

    private static ulong Mix(ulong h, ulong v)
    {
        for (int i = 0; i < 8; i++, v >>= 8) h = (h ^ (v & 0xFF)) * Prime;
        return h;
    }

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
