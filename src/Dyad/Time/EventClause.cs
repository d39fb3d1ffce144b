using Dyad.Documents;

namespace Dyad.Time;

/// <summary>Which predicate a word belongs to in the dependency parse, so a date or place is given only to the event of its own clause.</summary>
/// <remarks>
/// "an attack by Iran … in retaliation to the assassination of Haniyeh … last month": "last month" hangs under
/// "assassination", not under "attack", so the anticipated attack keeps the publication date.
/// </remarks>
internal static class EventClause
{
    /// <summary>The predicate an actor or expression token attaches to: the head of its phrase (past compound, flat, appos, conj links).</summary>
    /// <remarks>A conj link is followed only to a first conjunct that could be an actor. "the assassination of Haniyeh in Tehran
    /// and top Hezbollah military commander Fuad Shukr in Beirut" is often parsed with "commander" a conjunct of "assassination":
    /// Shukr is then that noun's second target, so the noun is his event's predicate, not the phrase above it.</remarks>
    public static int PredicateOf(Doc doc, int token)
    {
        int x = token;
        for (int guard = 0; guard < 6 && doc[x].Head >= 0 && doc[x].DepRel is "compound" or "flat" or "flat:name" or "appos" or "conj" or "fixed"; guard++)
        {
            if (doc[x].DepRel == "conj" && doc[doc[x].Head].Upos == Upos.NOUN && doc.MentionAt(doc[x].Head) < 0 && !IsTitle(doc, doc[x].Head)) return doc[x].Head;
            x = doc[x].Head;
        }
        return doc[x].Head;
    }

    /// <summary>True when a name stands in apposition to the noun ("chief" in "Hamas politburo chief Ismail Haniyeh"): a title, so
    /// a conjunct hung on it ("… and top Hezbollah military commander Fuad Shukr") is another title, not a second target of an act.</summary>
    private static bool IsTitle(Doc doc, int noun)
    {
        var (first, end) = doc.SentenceRange(noun);
        for (int c = first; c < end; c++)
            if (doc[c].Head == noun && doc[c].DepRel == "appos" && doc[c].Upos == Upos.PROPN) return true;
        return false;
    }

    /// <summary>True when walking up from <paramref name="token"/> reaches <paramref name="predicate"/> or one of its ancestors before another verb.</summary>
    /// <remarks>Nouns are passed: a place phrase describes the noun it hangs on ("the base in the Anbar province").</remarks>
    /// <remarks>A verb above the predicate that governs it as an adverbial or reported clause is another clause's: in "similar
    /// to past Israeli actions in Yemen, if Iraqi factions join the conflict", "in Yemen" does not place the joining.</remarks>
    public static bool BelongsTo(Doc doc, int token, int predicate)
    {
        if (predicate < 0) return true;
        var chain = Ancestors(doc, predicate);
        for (int x = PredicateOf(doc, token), guard = 0; x >= 0 && guard < 32; x = doc[x].Head, guard++)
        {
            if (chain.Contains(x)) return x == predicate || doc[x].Upos is not (Upos.VERB or Upos.AUX) || !GovernsClause(doc, x, predicate);
            var pos = doc[x].Upos;
            if (pos is Upos.VERB or Upos.AUX || pos == Upos.ADJ && doc[x].DepRel is not ("amod" or "compound")) return false;
        }
        return false;
    }

    /// <summary>True when the path from <paramref name="predicate"/> up to its ancestor <paramref name="verb"/> enters through an
    /// adverbial, reported or subject clause (advcl, ccomp, csubj, parataxis).</summary>
    private static bool GovernsClause(Doc doc, int verb, int predicate)
    {
        for (int x = predicate, guard = 0; x >= 0 && x != verb && guard < 32; x = doc[x].Head, guard++)
            if (doc[x].DepRel is "advcl" or "ccomp" or "csubj" or "parataxis") return true;
        return false;
    }

    /// <summary>True when <paramref name="token"/> hangs under a verb or noun nested inside <paramref name="predicate"/>'s own phrase
    /// ("an attack … in retaliation to the assassination … last month"): it describes that nested event, not this one.</summary>
    public static bool IsNestedUnder(Doc doc, int token, int predicate)
    {
        if (predicate < 0) return false;
        int x = PredicateOf(doc, token);
        for (int guard = 0; x >= 0 && guard < 32 && doc[x].Upos is not (Upos.VERB or Upos.NOUN or Upos.AUX); guard++) x = doc[x].Head;
        if (x < 0 || x == predicate || IsComplementOf(doc, x, predicate)) return false;
        return Ancestors(doc, doc[x].Head).Contains(predicate);
    }

    /// <summary>True when another verb, or a noun naming an act ("the assassination of …"), stands between the event's predicate and
    /// a later expression; parses often hang a sentence-final "last month" on the root, so word order is checked as well.</summary>
    public static bool FollowsNestedEvent(Doc doc, int token, int predicate)
    {
        if (predicate < 0 || token <= predicate) return false;
        var chain = Ancestors(doc, predicate);
        for (int k = predicate + 1; k < token; k++)
        {
            if (chain.Contains(k) || doc[k].Head == predicate && doc[k].DepRel == "conj" || IsComplementOf(doc, k, predicate)) continue;
            if (doc[k].Upos == Upos.VERB && doc[k].DepRel is not ("amod" or "compound")) return true;
            if (doc[k].Upos == Upos.NOUN && k + 1 < token && doc[k + 1].Span.SequenceEqual("of") && NamesAnAct(doc[k].Span)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="verb"/> is an open complement of <paramref name="predicate"/>, directly or through other
    /// ones ("is set to meet", "agreed to try to visit"): its subject is the predicate's, so it is the same actor's act, not a nested event.</summary>
    private static bool IsComplementOf(Doc doc, int verb, int predicate)
    {
        for (int x = verb, guard = 0; x >= 0 && guard < 6 && doc[x].DepRel == "xcomp"; guard++)
            if ((x = doc[x].Head) == predicate) return true;
        return false;
    }

    private static readonly string[] ActSuffixes = ["tion", "sion", "ment", "ance", "ence", "ure", "al"];

    /// <summary>"assassination", "bombing", "withdrawal", "seizure": nouns that name an act, by their English suffix.</summary>
    private static bool NamesAnAct(ReadOnlySpan<char> noun)
    {
        if (noun.Length < 6) return false;
        if (noun.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var suffix in ActSuffixes) if (noun.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static HashSet<int> Ancestors(Doc doc, int token)
    {
        var chain = new HashSet<int>();
        for (int h = token, guard = 0; h >= 0 && guard < 32; h = doc[h].Head, guard++) chain.Add(h);
        return chain;
    }

    /// <summary>True when the sentence carries a dependency parse.</summary>
    public static bool IsParsed(Doc doc, Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++) if (doc[i].DepRel is not null) return true;
        return false;
    }

    /// <summary>The token holding character <paramref name="offset"/> inside the sentence, or -1.</summary>
    public static int TokenAt(Doc doc, Sentence s, int? offset)
    {
        if (offset is not { } c || c < s.Start || c >= s.End) return -1;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc[i].Start <= c && c < doc[i].End) return i;
        return -1;
    }
}
