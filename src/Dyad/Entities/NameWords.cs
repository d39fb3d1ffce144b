namespace Dyad.Entities;

/// <summary>Word-shape tests the entity rules share.</summary>
internal static class NameWords
{
    /// <summary>A capitalised word that can be part of a name: two characters or more, ending in a letter ("I", "A" and "U.S." are not).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]);
}
