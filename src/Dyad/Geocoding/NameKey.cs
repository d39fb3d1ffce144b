using System.Text;

namespace Dyad.Geocoding;

/// <summary>Folds a place name to the key the gazetteer index uses: lower case, Latin diacritics removed, punctuation unified.</summary>
/// <remarks>
/// "Côte d’Ivoire" → "cote divoire", "U.S." → "us", "Ain al-Asad" → "ain al asad". Apostrophes and periods vanish and
/// hyphens become spaces, so the same key comes from every common spelling. Returns null when the name has a letter
/// outside Latin script, which keeps non-English alternate names out of the index.
/// </remarks>
public static class NameKey
{
    // U+00C0..U+017F folded to one ASCII letter each (× and ÷ are kept as themselves, and are not letters).
    private const string FoldTable =
        "aaaaaaaceeeeiiiidnooooo×ouuuuytsaaaaaaaceeeeiiiidnooooo÷ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static string? From(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = Fold(name, buffer);
        return n <= 0 ? null : new string(buffer[..n]);
    }

    /// <summary>Writes the key into <paramref name="buffer"/> (at least as long as the name) without allocating; returns its length, 0 when empty, -1 when not Latin.</summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        int n = 0;
        bool space = true;
        foreach (var c0 in name)
        {
            char c = c0;
            if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            else if (c is >= '\u00C0' and <= '\u017F') c = FoldTable[c - 0xC0];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer[n++] = c;
                space = false;
            }
            else if (c is '\'' or '.' or '\u2019' or '\u2018' or '`' or '\u02BC') continue;
            else if (char.IsLetter(c)) return -1;
            else if (!space)
            {
                buffer[n++] = ' ';
                space = true;
            }
        }
        if (n > 0 && buffer[n - 1] == ' ') n--;
        return n;
    }

    /// <summary>Appends the folded key of one token to a builder with a separating space; false when it is not Latin.</summary>
    public static bool Append(StringBuilder key, ReadOnlySpan<char> token)
    {
        var folded = From(token);
        if (folded is null) return false;
        if (key.Length > 0) key.Append(' ');
        key.Append(folded);
        return true;
    }
}
