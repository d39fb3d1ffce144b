namespace Dyad.Coding;

/// <summary>Compiles the body of one pattern line ("&amp;MILITARY * (TO BORDER) +") into elements.</summary>
internal static class PatternParser
{
    /// <summary>False when the pattern uses an unknown synset or is malformed; PETRARCH skips such patterns too.</summary>
    public static bool TryParse(string body, Dictionary<string, List<string[]>> synsets, out PatternElement[] pre, out PatternElement[] post)
    {
        pre = post = [];
        var tokens = Tokenize(body);
        int star = tokens.IndexOf("*");
        if (star < 0) star = tokens.IndexOf("**");
        if (star < 0) return false;
        int i = 0;
        if (!TryElements(tokens, ref i, star, synsets, out pre)) return false;
        i = star + 1;
        return TryElements(tokens, ref i, tokens.Count, synsets, out post);
    }

    private static bool TryElements(List<string> t, ref int i, int end, Dictionary<string, List<string[]>> synsets, out PatternElement[] result)
    {
        var list = new List<PatternElement>();
        result = [];
        while (i < end)
        {
            var tok = t[i];
            if (tok == "(")
            {
                int close = t.IndexOf(")", i);
                if (close < 0 || close > end || close == i + 1) return false;
                var prep = t[i + 1];
                if (prep is "$" or "+" or "^" or "%" || prep.StartsWith('&') || prep is "{" or "}") return false;
                int j = i + 2;
                if (!TryElements(t, ref j, close, synsets, out var inner)) return false;
                list.Add(new PatternElement { Kind = ElementKind.Prep, Alternatives = [VerbDictionaryReader.Words(prep)], Inner = inner });
                i = close + 1;
            }
            else if (tok == "{")
            {
                int close = t.IndexOf("}", i);
                if (close < 0 || close > end) return false;
                int j = i + 1;
                if (!TryElements(t, ref j, close, synsets, out var inner)) return false;
                list.Add(new PatternElement { Kind = ElementKind.Phrase, Inner = inner });
                i = close + 1;
            }
            else if (tok is ")" or "}") return false;
            else
            {
                var e = Single(tok, synsets);
                if (e is null) return false;
                list.Add(e);
                i++;
            }
        }
        result = [.. list];
        return true;
    }

    private static PatternElement? Single(string tok, Dictionary<string, List<string[]>> synsets)
    {
        switch (tok)
        {
            case "$": return new PatternElement { Kind = ElementKind.Source };
            case "+": return new PatternElement { Kind = ElementKind.Target };
            case "^": return new PatternElement { Kind = ElementKind.Skip };
            case "%": return new PatternElement { Kind = ElementKind.Compound };
        }
        if (tok.StartsWith('&'))
            return synsets.TryGetValue(tok[1..].TrimEnd('_'), out var alts) && alts.Count > 0
                ? new PatternElement { Kind = ElementKind.Term, Alternatives = [.. alts] }
                : null;
        if (tok.Contains('/') || tok.Contains('|')) return null;
        var words = VerbDictionaryReader.Words(tok);
        return words.Length == 0 ? null : new PatternElement { Kind = ElementKind.Term, Alternatives = [words] };
    }

    private static List<string> Tokenize(string body)
    {
        var list = new List<string>();
        var sb = new System.Text.StringBuilder();
        void Flush() { if (sb.Length > 0) { list.Add(sb.ToString()); sb.Clear(); } }
        foreach (var ch in body)
        {
            if (ch is '(' or ')' or '{' or '}') { Flush(); list.Add(ch.ToString()); }
            else if (char.IsWhiteSpace(ch)) Flush();
            else sb.Append(ch);
        }
        Flush();
        return list;
    }
}
