using System.Buffers;

namespace Dyad.Coding;

/// <summary>Codes one predicate with the verb dictionary: picks the most specific matching pattern and assigns roles.</summary>
internal sealed class VerbCoder : IDisposable
{
    // Verbs that carry reported speech: with a clausal complement they report an event, not make one.
    internal static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "announce", "state", "add", "claim", "report", "note", "stress", "explain", "insist", "assert",
        "reiterate", "confirm", "declare", "indicate", "underline", "emphasize", "emphasise", "write", "argue",
        "mention", "allege", "acknowledge", "warn", "believe", "think", "underscore", "suggest", "tweet", "reply",
        "respond", "comment", "observe", "remark", "signal", "predict", "estimate", "hint", "recall", "admit",
    };

    // Verbs whose infinitive complement is an undertaking: "agreed to", "pledged to", "committed to".
    private static readonly HashSet<string> CommitmentVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "agree", "pledge", "promise", "vow", "commit", "undertake", "offer" };

    private readonly VerbDictionary _dict;
    private readonly SyntaxView _v;
    private readonly ClauseArguments _args;
    private readonly int[] _seen;
    private int _epoch;
    private VerbPattern? _best;
    private PatternMatch _bestMatch;
    private bool _compoundSubject;
    private int _verb;
    private readonly bool _codeReportingVerbs;
    private readonly List<int> _sources = new(4);
    private readonly List<int> _targets = new(4);

    public VerbCoder(VerbDictionary dict, SyntaxView v, ClauseArguments args, bool codeReportingVerbs = false)
    {
        _dict = dict;
        _v = v;
        _args = args;
        _codeReportingVerbs = codeReportingVerbs;
        _seen = ArrayPool<int>.Shared.Rent(Math.Max(1, dict.PatternCount));
        Array.Clear(_seen, 0, Math.Max(1, dict.PatternCount));
    }

    public void Code(int p, List<Candidate> output)
    {
        var entry = FindEntry(p);
        if (entry is null || (entry.Code is null && entry.Reverse is null && entry.Block.Code is null && entry.Block.Reverse is null
            && entry.Block.Patterns.Count == 0)) return;
        int subject = _args.Subject(p, out bool passive);
        // What a speech verb reports is coded from the reported clause itself, with the speaker recorded.
        _args.BuildScope(p, _args.ViaPurpose ? -1 : subject, withComplement: _v.Lemma(p) is not { } l || !SpeechVerbs.Contains(l));
        // No actor anywhere in the clause: no event can come of it, so skip the pattern search.
        if (!AnyActor(subject)) return;
        _sources.Clear();
        _args.Actors(subject, _sources);
        _compoundSubject = _sources.Count >= 2;
        _best = null;
        _verb = p;
        _bestMatch = new PatternMatch(0, -1, -1);
        _epoch++;
        foreach (var pat in entry.Block.Unanchored) Try(pat);
        foreach (var t in _args.Post) Candidates(entry.Block, t);
        foreach (var t in _args.Pre) Candidates(entry.Block, t);
        var best = _best;
        var bestMatch = _bestMatch;

        string? code = best is not null ? best.Code : entry.DefaultCode;
        string? reverse = best is not null ? best.Reverse : entry.DefaultReverse;
        // "HOLD [---]" is no event because one holds talks, elections and ceremonies; held people are the block's
        // confinement ("holding thousands of refugees as human shields", "suspects held by Syria").
        if (best is null && entry.NoEvent && NamesPeople(passive ? subject : _args.Object(p)))
            (code, reverse) = (entry.Block.Code, entry.Block.Reverse);
        // "agreed to set up a centre": agreeing to do something is CAMEO's intent to cooperate (030), not the
        // dictionary's default for "agree" (050, diplomatic cooperation); the act agreed to is coded as future.
        if (best is null && _v.Lemma(p) is { } verb && CommitmentVerbs.Contains(verb) && _v.Child(p, Rel.Xcomp) >= 0)
            (code, reverse) = ("030", null);
        if (code is null && reverse is null) return;
        // "armed groups linked to the Revolutionary Guard": a participle describing its noun, with no agent ("by …") and no
        // matched pattern, says what the noun is, not that anyone did something to it ("suspects held by Syria" stays).
        // Violence is reported even so: "athletes killed at the Munich Games" is a killing (CAMEO 18-20).
        if (best is null && passive && _v.RelOf(p) == Rel.Acl && _args.Agent(p) < 0 && !IsViolent(code ?? reverse!)) return;
        // "prevent Iraq from being dragged into the conflict": what is prevented is done to the object, so the verb guards the
        // object rather than acting against it; DELAY's default reject (120) on Iraq was the opposite of the sentence.
        if (best is null && ShieldsObject(p)) return;
        // A speech verb with a clausal complement reports the embedded event; its own default code is not a finding.
        if (best is null && !_codeReportingVerbs && IsReportingCarrier(p))
        {
            Obligation(p, subject, output);
            return;
        }
        // 010 is CAMEO's residual "make statement", "not coded except when distinctions among 011 to 017 cannot
        // be made" (ICEWS codebook): a verb's default 010 is a fallback, not a finding.
        if (best is null && !_codeReportingVerbs && code == "010") return;

        _sources.Clear();
        _targets.Clear();
        if (best is not null && best.Compound)
        {
            _args.Actors(subject, _sources);
            if (_sources.Count < 2) return;
            var compoundRule = RuleText(entry, best, code, reverse);
            double compoundConfidence = Confidence(best, bestMatch);
            for (int i = 0; i < _sources.Count; i++)
                for (int j = 0; j < _sources.Count; j++)
                    if (i != j && code is not null) output.Add(new Candidate(p, code, _sources[i], _sources[j], compoundRule, compoundConfidence));
            return;
        }
        int src = bestMatch.SourceToken >= 0 ? bestMatch.SourceToken : passive ? _args.Agent(p) : subject;
        int tgt = bestMatch.TargetToken;
        if (tgt < 0) tgt = passive ? subject : _args.Object(p);
        _args.Actors(src, _sources);
        // "If a war breaks out": a state of affairs as the subject is nobody's act; the verb's default code would invent a
        // doer for whatever the parser made its object ("Iraqi territory") or the fallback found ("Tehran").
        if (best is null && !passive && _sources.Count == 0 && src >= 0 && _v.Lemma(src) is { } head && SituationNouns.Words.Contains(head)) return;
        _args.Actors(tgt, _targets);
        // "security forces released suspects held in attacking the Ain al-Asad base": the object is the patient, people no
        // dictionary knows, and the event stands on its source; an actor inside their description (the base) is not whom
        // the act was done to.
        if (_targets.Count == 0 && bestMatch.TargetToken < 0 && !(_sources.Count > 0 && IsUncodedPatient(tgt))) FallbackTarget.Add(_v, _args, p, src, passive, _best is null, _sources, _targets);
        if (_sources.Count == 0 && _targets.Count == 0) return;
        // A verb's default code with no target says too little ("the PM underscored …" → 010 with nobody); only a
        // matched pattern or a coordinated subject may stand on one actor.
        // The exception is a named patient with no actor code ("security forces released five suspects"): the event is
        // stated in full, only its target is nobody the actor dictionaries know.
        if (best is null && !_codeReportingVerbs && _targets.Count == 0 && !(_sources.Count >= 2 && code == reverse)
            && !(_sources.Count > 0 && IsUncodedPatient(tgt)))
            return;
        // "Sudani and Blinken discussed …": a symmetric code with a coordinated subject and no target pairs the members.
        if (_targets.Count == 0 && _sources.Count >= 2 && code is not null && code == reverse)
        {
            var pairRule = RuleText(entry, best, code, reverse) + " (coordinated subject)";
            for (int i = 0; i < _sources.Count; i++)
                for (int j = 0; j < _sources.Count; j++)
                    if (i != j) output.Add(new Candidate(p, code, _sources[i], _sources[j], pairRule, Confidence(best, bestMatch)));
            return;
        }
        var rule = RuleText(entry, best, code, reverse);
        double confidence = Confidence(best, bestMatch);

        if (_sources.Count == 0) _sources.Add(-1);
        if (_targets.Count == 0) _targets.Add(-1);
        foreach (var s in _sources)
            foreach (var g in _targets)
            {
                if (s == g) continue;
                if (code is not null) output.Add(new Candidate(p, code, s, g, rule, confidence));
                if (reverse is not null) output.Add(new Candidate(p, reverse, g, s, rule + " (paired)", confidence));
            }
    }

    // "Russia said Sudan must return the helicopter": telling another actor what it must do is a demand (100) on it,
    // whatever the reported act is (which is coded too, with its own mode).
    private void Obligation(int p, int subject, List<Candidate> output)
    {
        for (int c = _v.FirstChild(p); c >= 0; c = _v.NextSibling(c))
        {
            if (_v.RelOf(c) != Rel.Ccomp || !_v.HasChildWord(c, Rel.Aux, ["must", "should"])) continue;
            _sources.Clear();
            _targets.Clear();
            _args.Actors(subject, _sources);
            _args.Actors(_v.Child(c, Rel.Nsubj), _targets);
            foreach (var s in _sources)
                foreach (var g in _targets)
                    if (s != g) output.Add(new Candidate(p, "100", s, g, $"{_dict.Name} {_v.Lemma(p)} that … must (obligation)", 0.6));
            return;
        }
    }

    // "prevent/stop/keep X from being V-ed": a "from" clause in the passive, whose patient is the verb's object.
    private bool ShieldsObject(int p)
    {
        if (_v.Child(p, Rel.Obj) < 0) return false;
        for (int c = _v.FirstChild(p); c >= 0; c = _v.NextSibling(c))
            if (_v.RelOf(c) is Rel.Advcl or Rel.Xcomp or Rel.Ccomp && _v.HasChildWord(c, Rel.Mark, ["from"])
                && (_v.Child(c, Rel.AuxPass) >= 0 || _v.Child(c, Rel.NsubjPass) >= 0))
                return true;
        return false;
    }

    private static bool IsViolent(string code) => code.Length >= 2 && (code[0] == '2' || (code[0] == '1' && code[1] >= '8'));

    // A person noun, a person or group mention, or "thousands of refugees".
    private bool NamesPeople(int t)
    {
        if (t < 0) return false;
        if (IsPeople(t)) return true;
        for (int c = _v.FirstChild(t); c >= 0; c = _v.NextSibling(c))
            if (_v.RelOf(c) == Rel.Nmod && _v.CaseOf(c) is var k && k >= 0 && _v.Is(k, "of") && IsPeople(c)) return true;
        return false;
    }

    private bool IsPeople(int t) =>
        _v.MentionAt(t) is var m && m >= 0 ? _v.Doc.Entities[m].Label is "PER" or "ROLE"
        : _v.Upos(t) == Dyad.Documents.Upos.NOUN && _v.Lemma(t) is { } l && PersonNouns.Words.Contains(l);

    // A person noun no mention covers: IsPeople's noun half.
    private bool IsUncodedPatient(int t) => t >= 0 && _v.MentionAt(t) < 0 && IsPeople(t);

    private bool AnyActor(int subject)
    {
        if (subject >= 0 && _v.MentionAt(subject) >= 0) return true;
        foreach (var t in _args.Pre) if (_v.MentionAt(t) >= 0) return true;
        foreach (var t in _args.Post) if (_v.MentionAt(t) >= 0) return true;
        // A subject whose actor is a modifier ("the PM's office") is found by the actor search itself.
        _targets.Clear();
        _args.Actors(subject, _targets);
        return _targets.Count > 0;
    }

    private void Candidates(VerbBlock block, int t)
    {
        var lemma = _v.Lemma(t);
        if (lemma is not null && block.ByAnchor.TryGetValue(lemma, out var list))
            foreach (var pat in list) Try(pat);
        var form = _v.Doc[t].Span;
        if (lemma is not null && form.Equals(lemma, StringComparison.OrdinalIgnoreCase)) return;
        var lookup = block.ByAnchor.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(form, out var list2))
            foreach (var pat in list2) Try(pat);
    }

    private void Try(VerbPattern pat)
    {
        if (_seen[pat.Id] == _epoch) return;
        _seen[pat.Id] = _epoch;
        // "%" asks for a coordinated subject whose members act on one another ("A and B agreed").
        if (pat.Compound && !_compoundSubject) return;
        var pre = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_args.Pre);
        var post = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_args.Post);
        if (!PatternMatcher.TryMatch(_v, pat, _verb, pre, post, out var m)) return;
        if (_best is null || m.Weight > _bestMatch.Weight || (m.Weight == _bestMatch.Weight && pat.Id < _best.Id))
        {
            _best = pat;
            _bestMatch = m;
        }
    }

    private string RuleText(VerbEntry entry, VerbPattern? best, string? code, string? reverse) => best is not null
        ? $"{_dict.Name}:{best.Line} {entry.Block.Name} {entry.Display}: {best.Text.Trim()}"
        : $"{_dict.Name} {entry.Block.Name} {entry.Display} [{code ?? ""}{(reverse is null ? "" : ":" + reverse)}] (verb)";

    // A longer pattern is more specific evidence; a verb-only code is the weakest dictionary evidence.
    private static double Confidence(VerbPattern? best, PatternMatch m) => best is not null ? Math.Min(0.95, 0.7 + 0.04 * m.Weight) : 0.65;

    private bool IsReportingCarrier(int p)
    {
        var lemma = _v.Lemma(p);
        if (lemma is null) return false;
        // "Faisal agrees that the Iraqi government has limited ability …": agreeing that something is so states an opinion,
        // it is no cooperation (050) with whoever the clause names; "agreed to meet" stays an undertaking (030).
        if (lemma is "agree" or "concur" && _v.Child(p, Rel.Ccomp) is var cc && cc >= 0 && _v.HasChildWord(cc, Rel.Mark, ["that"])) return true;
        if (!SpeechVerbs.Contains(lemma)) return false;
        for (int c = _v.FirstChild(p); c >= 0; c = _v.NextSibling(c))
            if (_v.RelOf(c) is Rel.Ccomp or Rel.Parataxis or Rel.Xcomp) return true;
        // A quotation or clause before the verb ("…," he said) also makes it a carrier.
        return _v.RelOf(p) is Rel.Parataxis or Rel.Ccomp;
    }

    private VerbEntry? FindEntry(int p)
    {
        var lemma = _v.Lemma(p);
        VerbEntry[] entries;
        if (!_dict.TryGet(lemma, out entries))
        {
            var lookup = _dict.ByLemma.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(_v.Doc[p].Span, out entries!)) return null;
        }
        VerbEntry? single = null;
        foreach (var e in entries)
        {
            if (e.Rest.Length == 0) { single ??= e; continue; }
            if (HasParticles(p, e.Rest)) return e;
        }
        return single;
    }

    // "ask for", "break down": the particle words follow the verb closely and hang from it or its dependents.
    private bool HasParticles(int p, string[] rest)
    {
        int k = 0;
        for (int t = p + 1; t < _v.Count && t <= p + 2 + rest.Length && k < rest.Length; t++)
        {
            if (!PatternMatcher.Matches(_v, t, rest[k])) continue;
            if (!_v.Dominates(p, t)) return false;
            k++;
        }
        return k == rest.Length;
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(_seen);
}
