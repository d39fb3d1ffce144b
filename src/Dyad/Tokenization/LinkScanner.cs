namespace Dyad.Tokenization;

/// <summary>Finds a URL or e-mail address inside a chunk, so it stays one token without the punctuation around it.</summary>
internal static class LinkScanner
{
    public static bool TryFind(string text, int start, int end, out int linkStart, out int linkEnd)
    {
        // Cheap filter: a link has a colon, an at sign or a "www." somewhere; most chunks have none.
        var chunk = text.AsSpan(start, end - start);
        if (chunk.IndexOfAny(':', '@') < 0 && chunk.IndexOf("www.", StringComparison.Ordinal) < 0 && chunk.IndexOf("WWW.", StringComparison.Ordinal) < 0)
        {
            linkStart = linkEnd = start;
            return false;
        }
        int s = start;
        while (s < end && IsOpener(text[s])) s++;
        int e = end;
        while (e > s && IsTrailer(text, s, e)) e--;
        linkStart = s;
        linkEnd = e;
        if (e - s < 5) return false;
        var core = text.AsSpan(s, e - s);
        return StartsWith(core, "http://") || StartsWith(core, "https://") || StartsWith(core, "ftp://")
            || StartsWith(core, "www.") || StartsWith(core, "mailto:") || IsEmail(core);
    }

    private static bool StartsWith(ReadOnlySpan<char> s, string prefix) => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '<' or '"' or '\'' or '\u201C' or '\u2018' or '\u00AB';

    private static bool IsTrailer(string text, int s, int e)
    {
        char c = text[e - 1];
        if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '>' or '\u201D' or '\u2019' or '\u00BB') return true;
        // A closing bracket belongs to the link only when the link opened it (Wikipedia-style URLs).
        return c switch
        {
            ')' => text.AsSpan(s, e - s).IndexOf('(') < 0,
            ']' => text.AsSpan(s, e - s).IndexOf('[') < 0,
            '}' => text.AsSpan(s, e - s).IndexOf('{') < 0,
            _ => false,
        };
    }

    /// <summary>local@domain.tld with conservative character sets on both sides.</summary>
    private static bool IsEmail(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@')) return false;
        foreach (char c in s[..at])
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'')) return false;
        var domain = s[(at + 1)..];
        int dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1) return false;
        foreach (char c in domain)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-')) return false;
        return char.IsAsciiLetter(domain[^1]);
    }
}
