using Dyad.Documents;

namespace Dyad.Time;

/// <summary>
/// Whether a date expression sits in a clause about the future ("the first meeting set to take place … on May 16", "I am
/// going to Las Vegas … in November", "they will meet on Friday"), where a weekday, a month or a month and day name the next
/// such day, not the last one.
/// </summary>
/// <remarks>Read on the dependency parse: the expression's verb has "will"/"shall", is a present progressive ("am going",
/// "are meeting"), or is the infinitive of "set", "scheduled", "due", "plan", "expect" or a present "be" ("are to travel").</remarks>
internal static class FutureClause
{
    private static readonly HashSet<string> Governors = new(StringComparer.OrdinalIgnoreCase)
    { "set", "schedule", "due", "plan", "expect", "intend", "prepare" };

    /// <summary>True when the expression [first, last] hangs directly on a verb whose clause speaks of the future.</summary>
    /// <remarks>Only directly: "fighting is continuing after clashes on Monday" dates the clashes, whose noun stands between.</remarks>
    public static bool IsFuture(Doc doc, int first, int last)
    {
        int head = doc.SpanHead(first, last - first + 1);
        int verb = head < 0 ? -1 : doc[head].Head < 0 ? ClauseUnderRoot(doc, head) : doc[head].Head;
        if (verb < 0 || doc[verb].Upos is not (Upos.VERB or Upos.AUX)) return false;
        if (HasFutureAux(doc, verb) || IsPresentProgressive(doc, verb) || IsBeTo(doc, verb)) return true;
        head = doc[verb].Head;
        if (head < 0 || doc[verb].DepRel is not "xcomp") return false;
        bool present = doc[head].Xpos is not ("VBD") && !HasPastAux(doc, head);
        return present && (Governors.Contains(doc[head].Lemma ?? doc[head].Text) || doc[head].Lemma is "be" || HasFutureAux(doc, head) || IsPresentProgressive(doc, head));
    }

    /// <summary>The verb of the clause a date expression heads when the parser made the expression the sentence's root and hung
    /// the clause on it ("On Wednesday, Mohamed and his father are to travel …" with "travel" an acl:relcl of "Wednesday"); −1 otherwise.</summary>
    private static int ClauseUnderRoot(Doc doc, int root)
    {
        var (first, end) = doc.SentenceRange(root);
        for (int c = first; c < end; c++)
            if (doc[c].Head == root && doc[c].DepRel is "acl" or "acl:relcl" && doc[c].Upos == Upos.VERB) return c;
        return -1;
    }

    /// <summary>The expression moved to the next such day: a weekday on or after publication, a month and day or a month not before it.</summary>
    public static TemporalExpression Forward(TemporalExpression e, DateOnly p)
    {
        var date = e.Rule switch
        {
            "weekday" => p.AddDays(((int)e.Date.DayOfWeek - (int)p.DayOfWeek + 7) % 7),
            "month-day" when e.Date < p => e.Date.AddYears(1),
            "month" when e.Date < new DateOnly(p.Year, p.Month, 1) => e.Date.AddYears(1),
            _ => e.Date,
        };
        return e with { Date = date };
    }

    /// <summary>Rules whose date depends on which way from publication the text looks; "last Monday" says so itself.</summary>
    public static bool Directionless(TemporalExpression e) =>
        e.Rule is "weekday" or "month-day" or "month" && !e.Text.StartsWith("last", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] FutureAux = ["will", "shall", "'ll", "’ll", "wo"];

    private static bool HasFutureAux(Doc doc, int verb)
    {
        var (first, end) = doc.SentenceRange(verb);
        for (int c = first; c < end; c++)
        {
            if (doc[c].Head != verb || doc[c].DepRel is not "aux") continue;
            foreach (var w in FutureAux)
                if (doc[c].Span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool HasPastAux(Doc doc, int verb)
    {
        var (first, end) = doc.SentenceRange(verb);
        for (int c = first; c < end; c++)
            if (doc[c].Head == verb && doc[c].DepRel is "aux" or "aux:pass" && doc[c].Xpos is "VBD") return true;
        return false;
    }

    /// <summary>"are to travel": a present "be" and "to" on the infinitive (the parser may make "are" its copula).</summary>
    private static bool IsBeTo(Doc doc, int verb)
    {
        bool be = false, to = false;
        for (int c = doc.SentenceRange(verb).First; c < verb; c++)
        {
            if (doc[c].Head != verb) continue;
            be |= doc[c].DepRel is "aux" or "cop" && doc[c].Xpos is "VBP" or "VBZ" && doc[c].Lemma is "be";
            to |= doc[c].DepRel is "mark" && doc[c].Text.Equals("to", StringComparison.OrdinalIgnoreCase);
        }
        return be && to;
    }

    /// <summary>"am going", "are meeting": a present "be" with a gerund, which with a time names a plan.</summary>
    private static bool IsPresentProgressive(Doc doc, int verb)
    {
        if (doc[verb].Xpos is not "VBG") return false;
        var (first, end) = doc.SentenceRange(verb);
        for (int c = first; c < end; c++)
            if (doc[c].Head == verb && doc[c].DepRel is "aux" && doc[c].Xpos is "VBP" or "VBZ") return true;
        return false;
    }
}
