using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Codes event nouns ("a telephone call from Blinken", "the assassination of Haniyeh") from their phrases.</summary>
internal sealed class NominalCoder(NominalDictionary dict, SyntaxView v, ClauseArguments args)
{
    private static readonly string[] SourcePreps = ["by", "from"];
    private static readonly string[] TargetPreps = ["on", "against", "with", "to", "at", "into", "toward", "towards", "upon", "over"];
    private static readonly string[] ReceivingVerbs = ["receive", "get", "accept", "welcome", "take", "answer", "suffer", "face"];

    private readonly List<int> _sources = new(4);
    private readonly List<int> _targets = new(4);

    public void Code(int n, List<Candidate> output)
    {
        if (v.Upos(n) is not (Upos.NOUN or Upos.PROPN) || v.MentionAt(n) >= 0) return;
        if (Entry(n) is not { } e || (e.Needs.Length > 0 && !HasModifier(n, e.Needs))) return;

        _sources.Clear();
        _targets.Clear();
        for (int c = v.FirstChild(n); c >= 0; c = v.NextSibling(c))
        {
            var rel = v.RelOf(c);
            if (rel is Rel.Nmod or Rel.Obl or Rel.OblAgent)
            {
                int prep = v.CaseOf(c);
                if (prep < 0) continue;
                if (v.Is(prep, "between") || v.Is(prep, "among"))
                {
                    args.Actors(c, _targets);
                    if (_targets.Count > 1) { _sources.Add(_targets[0]); _targets.RemoveAt(0); }
                }
                else if (v.Is(prep, "of")) args.Actors(c, e.OfIsSource ? _sources : _targets);
                else if (IsAny(prep, SourcePreps)) args.Actors(c, _sources);
                else if (IsAny(prep, TargetPreps)) args.Actors(c, _targets);
            }
            else if (rel == Rel.NmodPoss) args.Actors(c, e.PossIsTarget ? _targets : _sources);
            else if (rel is Rel.Amod or Rel.Compound && v.MentionAt(c) >= 0) args.Actors(c, _sources);
        }
        if (_targets.Count > 0) TargetConjuncts(n);
        else AgainstOnModifier(n);
        BorrowFromVerb(n);
        if (_sources.Count == 0 && _targets.Count == 0) return;
        if (_sources.Count == 0) _sources.Add(-1);
        if (_targets.Count == 0) _targets.Add(-1);
        var rule = $"{dict.Name}:{e.Line} {e.Lemma.ToUpperInvariant()} [{e.Code}] (noun)";
        foreach (var s in _sources)
            foreach (var g in _targets)
            {
                if (s == g) continue;
                output.Add(new Candidate(n, e.Code, s, g, rule, 0.6));
                if (e.Pair && s >= 0 && g >= 0) output.Add(new Candidate(n, e.Code, g, s, rule + " (pair)", 0.6));
            }
    }

    private NominalEntry? Entry(int t)
    {
        var lemma = v.Lemma(t);
        if (lemma is not null && dict.Entries.TryGetValue(lemma, out var e)) return e;
        return dict.Entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(v.Doc[t].Span, out e) ? e : null;
    }

    // "the assassination of Haniyeh in Tehran and commander Shukr in Beirut": the parser may hang the second name on the
    // event noun instead of the first name. A conjunct with no case word of its own that is no event noun ("the
    // assassination of X and the bombing of Y" is two events) continues the target list.
    private void TargetConjuncts(int n)
    {
        for (int c = v.FirstChild(n); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) == Rel.Conj && v.CaseOf(c) < 0 && v.Upos(c) is Upos.NOUN or Upos.PROPN && Entry(c) is null) args.Actors(c, _targets);
    }

    // "an attack by Iran and Hezbollah in Lebanon against Israel": the parser hangs "against Israel" on "Lebanon". "Against"
    // names whom an act is aimed at, never what a place or an actor is, so on a phrase of the event noun it is the target.
    private void AgainstOnModifier(int n)
    {
        for (int c = v.FirstChild(n); c >= 0; c = v.NextSibling(c))
        {
            if (v.RelOf(c) is not (Rel.Nmod or Rel.Obl or Rel.OblAgent)) continue;
            for (int g = v.FirstChild(c); g >= 0; g = v.NextSibling(g))
                if (v.RelOf(g) is Rel.Nmod && v.CaseOf(g) is var k && k >= 0 && v.Is(k, "against")) args.Actors(g, _targets);
        }
        foreach (var s in _sources) _targets.Remove(s);
    }

    // "Sudani received a telephone call from Blinken": the receiver is the target; "X held contacts with Y": the holder is the source.
    private void BorrowFromVerb(int n)
    {
        if (v.RelOf(n) != Rel.Obj) return;
        int verb = v.Head(n);
        if (verb < 0) return;
        int subject = args.Subject(verb, out bool passive);
        if (subject < 0 || passive) return;
        bool receiving = IsAny(verb, ReceivingVerbs);
        var into = receiving ? _targets : _sources;
        if (into.Count == 0) args.Actors(subject, into);
    }

    private bool HasModifier(int n, string[] words)
    {
        for (int c = v.FirstChild(n); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) is Rel.Compound or Rel.Amod && IsAny(c, words)) return true;
        // "telephone call" may also be written as one hyphenated or adjacent token pair the parser left flat.
        return n > 0 && IsAny(n - 1, words);
    }

    private bool IsAny(int t, string[] words)
    {
        foreach (var w in words)
            if (v.Is(t, w)) return true;
        return false;
    }
}
