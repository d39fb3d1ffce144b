using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>PETRARCH's fallback target: the first actor in the verb phrase ("restore ties with Gondor"), with its conjuncts.</summary>
internal static class FallbackTarget
{
    /// <summary>Adds the first actor after the verb that is none of the sources, not under the source, not the passive's
    /// agent and not the reporter of "according to"; <paramref name="defaultCode"/> says no pattern matched.</summary>
    public static void Add(SyntaxView v, ClauseArguments args, int p, int src, bool passive, bool defaultCode, List<int> sources, List<int> targets)
    {
        foreach (var t in args.Post)
        {
            int m = v.MentionAt(t);
            if (m < 0 || sources.Contains(m) || (src >= 0 && v.Dominates(src, t))) continue;
            if (defaultCode && sources.Count == 0 && InStateClause(v, p, t)) continue;
            int prep = PrepositionOf(v, t);
            if (passive && prep >= 0 && v.Is(prep, "by")) continue;
            // "…, according to Axios": the reporter is the event's speaker, not whom the act is done to.
            if (prep >= 0 && v.Is(prep, "according")) continue;
            args.Actors(MentionHead(v, t, m), targets);
            return;
        }
    }

    // "I hope he's there the whole way": a wish of nobody the dictionaries know, about how things are rather than what anyone
    // is to do, is directed at nobody: the state clause's subject is no target of the verb's default code (HOPE's default
    // appeal, 020, had Santorum as its target, with no source). Kept: a complement whose predicate is an act ("hoped Iran
    // would resume the talks"), a source actor ("Gollum allowed that Mordor isn't a neat place" is PETRARCH's HOB 080 MOR)
    // and a matched pattern, which names its own complement.
    private static bool InStateClause(SyntaxView v, int p, int t)
    {
        int c = t;
        for (int guard = 0; guard < 16 && c >= 0 && v.Head(c) != p; guard++) c = v.Head(c);
        if (c < 0 || v.Head(c) != p || v.RelOf(c) != Rel.Ccomp) return false;
        return v.Upos(c) != Upos.VERB || v.Is(c, "be") || v.Child(c, Rel.Cop) >= 0;
    }

    // The mention's token whose head lies outside it: where its conjuncts and case marker attach.
    private static int MentionHead(SyntaxView v, int t, int m)
    {
        var e = v.Doc.Entities[m];
        int head = v.Doc.SpanHead(e.FirstToken, e.TokenCount);
        return head >= 0 ? head : t;
    }

    private static int PrepositionOf(SyntaxView v, int t)
    {
        for (int k = t, guard = 0; k >= 0 && guard < 6; k = v.Head(k), guard++)
        {
            int c = v.CaseOf(k);
            if (c >= 0) return c;
        }
        return -1;
    }
}
