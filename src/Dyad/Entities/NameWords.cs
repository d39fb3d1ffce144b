namespace Dyad.Entities;

/// <summary>Word-shape tests the entity rules share.</summary>
internal static class NameWords
{
    /// <summary>Lower-case words inside a person's name ("al-Sudani", "bin Salman", "de Gaulle", "van Gogh"), in any case.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "al", "el", "bin", "ibn", "abu", "bint", "ben", "de", "da", "van", "von", "la", "le", "du", "del", "der",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised word that can be part of a name: two characters or more, ending in a letter ("I", "A" and "U.S." are not).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]);
}
