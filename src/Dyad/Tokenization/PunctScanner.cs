using Dyad.Documents;

namespace Dyad.Tokenization;

/// <summary>Emits the punctuation token at a position: runs ("...", "--", "!!"), emoticons, handles, hashtags and clitics.</summary>
internal static class PunctScanner
{
    private static readonly string[] Emoticons =
        [":-)", ":-(", ";-)", ":-D", ":-P", ":'(", ":)", ":(", ";)", ":D", ":P", ":p", ":/", "=)", "=(", ":]", ":[", "<3", "(:", "):", "^_^", "^^"];

    /// <summary>Emits the token starting at <paramref name="p"/> (inside the chunk <paramref name="chunkStart"/>..<paramref name="end"/>) and returns the position after it.</summary>
    public static int Scan(Doc doc, string text, int p, int chunkStart, int end)
    {
        int q = Measure(text, p, chunkStart, end);
        Tokenizer.Emit(doc, p, q);
        return q;
    }

    private static int Measure(string text, int p, int chunkStart, int end)
    {
        char c = text[p];
        int emoticon = MatchEmoticon(text, p, chunkStart, end);
        if (emoticon > 0) return p + emoticon;

        if ((c == '@' || c == '#') && p + 1 < end && (p == chunkStart || !CharClass.IsWord(text[p - 1])) && char.IsLetter(text[p + 1]))
        {
            int q = p + 2;
            while (q < end && CharClass.IsWord(text[q])) q++;
            return q;
        }

        // "'s" standing alone after punctuation ("U.S.'s") or a quoted word ("'Hello'") is a clitic only before a non-letter.
        if (CharClass.IsApostrophe(c) && p > chunkStart)
        {
            int n = 0;
            while (p + 1 + n < end && char.IsLetter(text[p + 1 + n])) n++;
            if (n is 1 or 2 && IsCliticText(text.AsSpan(p + 1, n))) return p + 1 + n;
        }

        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || p + 1 >= end || !char.IsLowSurrogate(text[p + 1])) return p + 1;
            return p + 2 < end && text[p + 2] == '\uFE0F' ? p + 3 : p + 2;
        }

        if (c is '.' or '!' or '?')
        {
            int q = p + 1;
            while (q < end && text[q] is '.' or '!' or '?') q++;
            return q;
        }

        {
            int q = p + 1;
            while (q < end && text[q] == c) q++;
            return q;
        }
    }

    private static bool IsCliticText(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        _ => (s[0] | 0x20, s[1] | 0x20) is ('l', 'l') or ('r', 'e') or ('v', 'e'),
    };

    /// <summary>Length of the emoticon at <paramref name="p"/>, or 0; it must not run into a letter or digit.</summary>
    private static int MatchEmoticon(string text, int p, int chunkStart, int end)
    {
        if (text[p] is not (':' or ';' or '=' or '<' or '(' or ')' or '^') || p + 1 >= end) return 0;
        var rest = text.AsSpan(p, end - p);
        foreach (var e in Emoticons)
        {
            if (!rest.StartsWith(e, StringComparison.Ordinal)) continue;
            int after = p + e.Length;
            if (after < end && CharClass.IsWord(text[after])) continue;
            // Bracket-led or bracket-final faces are ambiguous with real brackets, so only standalone ones count.
            bool brackety = e[0] is '(' or ')' || e[^1] is ']' or '[';
            if (brackety && (p != chunkStart || after != end)) continue;
            return e.Length;
        }
        return 0;
    }
}
