namespace Dyad.Coding;

/// <summary>What a pattern matched: how specific it was and where its actor slots landed (token indices, -1 for none).</summary>
internal readonly record struct PatternMatch(int Weight, int SourceToken, int TargetToken);

/// <summary>Matches compiled patterns against the tokens before and after a verb, in text order.</summary>
/// <remarks>Terms match a token's lemma or form; a prepositional phrase must find its preposition and then its inner
/// words inside that preposition's object, as a dependency parse attaches them.</remarks>
internal static class PatternMatcher
{
    public static bool TryMatch(SyntaxView v, VerbPattern p, int verb, ReadOnlySpan<int> pre, ReadOnlySpan<int> post, out PatternMatch match)
    {
        int src = -1, tgt = -1;
        match = default;
        int cursor = 0;
        // Words before the verb (the subject's phrase) are not under it: the modifier test applies after it.
        if (!MatchList(v, p.Pre, pre, ref cursor, -1, -1, ref src, ref tgt)) return false;
        cursor = 0;
        if (!MatchList(v, p.Post, post, ref cursor, -1, verb, ref src, ref tgt)) return false;
        match = new PatternMatch(p.Weight, src, tgt);
        return true;
    }

    // scope >= 0 restricts matches to the subtree of that token (the object of a preposition).
    private static bool MatchList(SyntaxView v, PatternElement[] elements, ReadOnlySpan<int> toks, ref int cursor, int scope, int verb, ref int src, ref int tgt)
    {
        foreach (var e in elements)
        {
            switch (e.Kind)
            {
                case ElementKind.Term:
                    if (!FindTerm(v, e, toks, ref cursor, scope, verb)) return false;
                    break;
                case ElementKind.Phrase:
                    {
                        // A noun phrase's words sit close together: each within two tokens of the previous one.
                        int start = cursor;
                        bool ok = false;
                        while (!ok && start < toks.Length)
                        {
                            int c = start;
                            ok = MatchPhrase(v, e.Inner, toks, ref c, scope, verb);
                            if (ok) cursor = c; else start++;
                        }
                        if (!ok) return false;
                        break;
                    }
                case ElementKind.Prep:
                    if (!MatchPrep(v, e, toks, ref cursor, scope, verb, ref src, ref tgt)) return false;
                    break;
                case ElementKind.Source:
                case ElementKind.Target:
                    {
                        int found = NextActor(v, toks, ref cursor, scope);
                        if (found < 0) return false;
                        if (e.Kind == ElementKind.Source) src = found; else tgt = found;
                        break;
                    }
                case ElementKind.Skip:
                    if (cursor < toks.Length) cursor++;
                    break;
            }
        }
        return true;
    }

    private static bool MatchPhrase(SyntaxView v, PatternElement[] inner, ReadOnlySpan<int> toks, ref int cursor, int scope, int verb)
    {
        int last = -1;
        foreach (var e in inner)
        {
            if (e.Kind != ElementKind.Term) continue;
            int c = cursor;
            if (!FindTerm(v, e, toks, ref c, scope, verb)) return false;
            int pos = toks[c - 1];
            if (last >= 0 && pos - last > 3) return false;
            last = pos;
            cursor = c;
        }
        return true;
    }

    private static bool MatchPrep(SyntaxView v, PatternElement e, ReadOnlySpan<int> toks, ref int cursor, int scope, int verb, ref int src, ref int tgt)
    {
        var words = e.Alternatives[0];
        for (int i = cursor; i < toks.Length; i++)
        {
            int t = toks[i];
            if ((scope >= 0 && !v.Dominates(scope, t)) || !Matches(v, t, words[0]) || InNounModifier(v, t, scope, verb)) continue;
            var rel = v.RelOf(t);
            int obj = rel is Rel.Case or Rel.Mark ? v.Head(t) : -1;
            int c = i + 1;
            int s = src, g = tgt;
            if (e.Inner.Length == 0 || MatchList(v, e.Inner, toks, ref c, obj >= 0 ? obj : scope, verb, ref s, ref g))
            {
                src = s;
                tgt = g;
                cursor = c;
                return true;
            }
        }
        return false;
    }

    // "address factions responsible for past attacks": a word or prepositional phrase inside an adjective phrase that
    // describes a noun belongs to that adjective, not to the verb phrase, so OVERSEE_MANAGE's "- * (FOR ATTACK)" [190]
    // (written for "head for attack") and "- * ATTACK" [113] do not reach it. A participle's phrase is left to the
    // patterns: "attacked by militiamen armed with machetes" is an attack with machetes.
    private static bool InNounModifier(SyntaxView v, int t, int scope, int verb)
    {
        int stop = scope >= 0 ? scope : verb;
        if (stop < 0) return false;
        for (int k = v.Head(t), guard = 0; k >= 0 && k != stop && guard < 12; k = v.Head(k), guard++)
            if (v.RelOf(k) == Rel.Amod) return true;
        return false;
    }

    private static bool FindTerm(SyntaxView v, PatternElement e, ReadOnlySpan<int> toks, ref int cursor, int scope, int verb)
    {
        for (int i = cursor; i < toks.Length; i++)
        {
            int t = toks[i];
            if ((scope >= 0 && !v.Dominates(scope, t)) || InNounModifier(v, t, scope, verb)) continue;
            foreach (var alt in e.Alternatives)
            {
                if (!Matches(v, t, alt[0])) continue;
                int k = 1;
                while (k < alt.Length && t + k < v.Count && Matches(v, t + k, alt[k])) k++;
                if (k < alt.Length) continue;
                // Skip past the phrase's extra words in the scope list.
                int next = i + 1;
                while (next < toks.Length && toks[next] < t + alt.Length) next++;
                cursor = next;
                return true;
            }
        }
        return false;
    }

    private static int NextActor(SyntaxView v, ReadOnlySpan<int> toks, ref int cursor, int scope)
    {
        for (int i = cursor; i < toks.Length; i++)
        {
            int t = toks[i];
            if (v.MentionAt(t) < 0 || (scope >= 0 && !v.Dominates(scope, t))) continue;
            int m = v.MentionAt(t);
            int next = i + 1;
            while (next < toks.Length && v.MentionAt(toks[next]) == m) next++;
            cursor = next;
            return t;
        }
        return -1;
    }

    /// <summary>Lemma or form equality, plus a plain plural ("attacks" for ATTACK) when the lemma is missing.</summary>
    /// <remarks>A preposition or subordinator ("according to", "following", "regarding") matches by its form only: its lemma is
    /// a verb it no longer means, and "according" read as "accord" made "delayed it … according to Axios" DELAY &amp;TREATY (160).</remarks>
    public static bool Matches(SyntaxView v, int t, string word)
    {
        var span = v.Doc[t].Span;
        if (v.RelOf(t) is Rel.Case or Rel.Mark) return span.Equals(word, StringComparison.OrdinalIgnoreCase);
        if (v.Is(t, word)) return true;
        if (span.Length == word.Length + 1 && (span[^1] is 's' or 'S'))
            return span[..^1].Equals(word, StringComparison.OrdinalIgnoreCase);
        if (word.Length == span.Length + 1 && word[^1] == 's')
            return span.Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase);
        return false;
    }
}
