using Dyad.Documents;

namespace Dyad.Tokenization;

/// <summary>What the text says about the gap after a token, as far as sentence boundaries go.</summary>
internal enum BoundaryCue : byte
{
    None,
    Paragraph,
    Inside,
    Terminal,
    Abbreviation,
    LineBreak,
    Capital,
}

/// <summary>Classifies token gaps into sentence-boundary cues and applies the rule-only decision.</summary>
internal static class BoundaryCues
{
    public static BoundaryCue Classify(Doc doc, int i)
    {
        var text = doc.Text;
        var current = doc[i];
        var next = doc[i + 1];
        int newlines = CountNewlines(text, current.End, next.Start);
        if (newlines >= 2) return BoundaryCue.Paragraph;

        var cur = current.Span;
        bool terminal = IsTerminal(cur) || (Closes(doc, i) && EndsWithTerminal(doc, i));
        if (terminal)
        {
            // Closing quotes and brackets after the final punctuation belong to the sentence they close.
            if (newlines == 0 && (Closes(doc, i + 1) || IsContinuation(next.Span))) return BoundaryCue.Inside;
            return BoundaryCue.Terminal;
        }
        if (newlines == 1) return BoundaryCue.LineBreak;
        if (cur.Length > 1 && cur[^1] == '.') return BoundaryCue.Abbreviation;
        // Web text ends many sentences without punctuation; a capital after a lowercase word, a number or a
        // symbol is then the only cue. Between two capitalised words it is usually a name ("Heaven Sent").
        if (char.IsUpper(next.Span[0]) && !char.IsUpper(cur[0])) return BoundaryCue.Capital;
        return BoundaryCue.None;
    }

    /// <summary>The rule-only decision for a cue that is neither a hard break nor clearly inside a sentence.</summary>
    public static bool RuleDecision(Doc doc, int i, BoundaryCue cue)
    {
        var next = doc[i + 1].Span;
        return cue switch
        {
            // A quote closing a question is often followed by its speech verb ("?" she asked), and an
            // ellipsis before a lowercase word marks a pause rather than an end.
            BoundaryCue.Terminal => !(char.IsLower(next[0]) && (IsCloser(doc[i].Span) || doc[i].Length > 1)),
            BoundaryCue.LineBreak => !char.IsLower(next[0]),
            BoundaryCue.Abbreviation => SentenceFinalAbbreviation(doc[i].Span) && StartsLikeSentence(next),
            _ => false,
        };
    }

    public static int CountNewlines(string text, int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++)
            if (text[k] == '\n' || (text[k] == '\r' && (k + 1 >= to || text[k + 1] != '\n'))) n++;
        return n;
    }

    public static bool IsTerminal(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
            if (c is not ('.' or '!' or '?' or '\u2026')) return false;
        return true;
    }

    public static bool IsCloser(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
            if (c is not (')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB')) return false;
        return true;
    }

    /// <summary>Whether token <paramref name="k"/> closes what comes before it; a straight quote after a space opens rather than closes.</summary>
    private static bool Closes(Doc doc, int k)
    {
        var t = doc[k].Span;
        return k > 0 && IsCloser(t) && (doc[k - 1].End == doc[k].Start || t[0] is ')' or ']' or '}' or '\u201D' or '\u00BB');
    }

    /// <summary>Punctuation that cannot open a sentence, so a terminal mark before it does not end one ("?," or "!)").</summary>
    private static bool IsContinuation(ReadOnlySpan<char> t) => t.Length == 1 && t[0] is ',' or ';' or ':';

    /// <summary>Whether the run of closers ending at token <paramref name="i"/> follows terminal punctuation.</summary>
    public static bool EndsWithTerminal(Doc doc, int i)
    {
        for (int k = i; k >= 0 && k > i - 4; k--)
        {
            if (Closes(doc, k)) continue;
            return IsTerminal(doc[k].Span);
        }
        return false;
    }

    public static bool StartsLikeSentence(ReadOnlySpan<char> t) => char.IsUpper(t[0]) || t[0] is '"' or '\u201C' or '(' or '[';

    /// <summary>Abbreviations that often end a sentence ("etc.", "Inc.", "U.S."), unlike titles and initials.</summary>
    private static bool SentenceFinalAbbreviation(ReadOnlySpan<char> t) =>
        t is "etc." or "Inc." or "Co." or "Corp." or "Ltd." or "Jr." or "Sr." or "a.m." or "p.m."
        || (t.Length >= 4 && t.IndexOf('.') < t.Length - 1 && char.IsLower(t[0]));
}
