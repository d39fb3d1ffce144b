namespace Dyad.Tokenization;

/// <summary>Finds a URL or e-mail address inside a chunk, so it stays one token without the punctuation around it.</summary>
/// <remarks>The caller only asks about chunks holding a colon, an at sign or "www.".</remarks>
internal static class LinkScanner
{
    public static bool TryFind(string text, int start, int end, out int linkStart, out int linkEnd)
    {
        linkStart = linkEnd = start;
        var chunk = text.AsSpan(start, end - start);

        int scheme = chunk.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            int s = start + scheme;
            while (s > start && char.IsAsciiLetter(text[s - 1])) s--;
            return s < start + scheme && Finish(text, s, end, out linkStart, out linkEnd);
        }
        int www = chunk.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        if (www >= 0 && (www == 0 || !CharClass.IsWord(chunk[www - 1])))
            return Finish(text, start + www, end, out linkStart, out linkEnd);
        int at = chunk.IndexOf('@');
        return at > 0 && TryEmail(text, start, end, start + at, out linkStart, out linkEnd);
    }

    /// <summary>The link runs to the end of the chunk, less trailing punctuation and unmatched closing brackets.</summary>
    private static bool Finish(string text, int s, int end, out int linkStart, out int linkEnd)
    {
        int e = end;
        while (e > s && IsTrailer(text, s, e)) e--;
        linkStart = s;
        linkEnd = e;
        return e - s >= 5;
    }

    private static bool IsTrailer(string text, int s, int e)
    {
        char c = text[e - 1];
        if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '>' or '<' or '\u201D' or '\u2019' or '\u00BB') return true;
        // A closing bracket belongs to the link only when the link opened it (Wikipedia-style URLs).
        return c switch
        {
            ')' => text.AsSpan(s, e - s).IndexOf('(') < 0,
            ']' => text.AsSpan(s, e - s).IndexOf('[') < 0,
            '}' => text.AsSpan(s, e - s).IndexOf('{') < 0,
            _ => false,
        };
    }

    /// <summary>local@domain around the at sign: "jane.doe@example.com", "mailto:a@b.org", and the in-house "Griffith@ENRON".</summary>
    private static bool TryEmail(string text, int start, int end, int at, out int linkStart, out int linkEnd)
    {
        int s = at;
        while (s > start && IsLocal(text[s - 1])) s--;
        while (s < at && !char.IsAsciiLetterOrDigit(text[s])) s++;
        int e = at + 1;
        while (e < end && (char.IsAsciiLetterOrDigit(text[e]) || text[e] is '.' or '-')) e++;
        while (e > at + 1 && text[e - 1] is '.' or '-') e--;
        linkStart = s;
        linkEnd = e;
        if (s == at || e == at + 1) return false;
        var domain = text.AsSpan(at + 1, e - at - 1);
        bool dotted = domain.Contains('.') && char.IsAsciiLetter(domain[^1]);
        bool house = domain.Length >= 2 && !domain.ContainsAnyExcept(LetterSet) && char.IsAsciiLetter(text[at - 1]);
        if (!dotted && !house) return false;
        if (s - start >= 7 && text.AsSpan(s - 7, 7).Equals("mailto:", StringComparison.OrdinalIgnoreCase)) linkStart = s - 7;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> LetterSet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
