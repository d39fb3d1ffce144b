using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Decides whether a predicate is asserted, negated, hypothetical or future from its auxiliaries and governors.</summary>
/// <remarks>Negation wins over modality, modality over futurity. A threat or promise is itself asserted; what is
/// threatened or promised ("vowed to retaliate") is future.</remarks>
internal static class ModeDetector
{
    private static readonly string[] Negators = ["not", "n't", "never", "no", "neither", "nor"];
    private static readonly string[] Modals = ["may", "might", "could", "would", "should", "can", "must", "ought"];
    private static readonly string[] FutureAux = ["will", "shall", "'ll", "wo"];
    private static readonly string[] Conditionals = ["if", "whether", "unless", "lest"];

    // Governors whose xcomp did not happen ("refused to meet").
    private static readonly HashSet<string> NegatingGovernors = new(StringComparer.OrdinalIgnoreCase)
    { "refuse", "deny", "fail", "decline", "reject", "avoid", "rule", "stop", "cease", "abandon", "forgo" };

    // Verbs whose object event did not (yet) take place ("delayed the trip", "to avert an escalation").
    private static readonly HashSet<string> NegatingObjectGovernors = new(StringComparer.OrdinalIgnoreCase)
    { "delay", "postpone", "cancel", "suspend", "prevent", "avert", "avoid", "deny", "reject", "refuse", "halt", "block", "scrap", "shelve" };

    // Governors whose complement has not happened yet ("plans to visit", "is set to visit", "vowed to retaliate").
    private static readonly HashSet<string> FutureGovernors = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "intend", "set", "aim", "prepare", "schedule", "expect", "promise", "pledge", "vow", "threaten",
        "agree", "decide", "seek", "want", "hope", "plot", "mean", "wish", "offer", "commit", "about", "poised",
        "due", "likely", "going", "determine", "resolve", "willing", "ready", "prepared", "committed",
    };

    // Governors that make their complement a possibility ("could face", "is trying to", "believes that").
    private static readonly HashSet<string> HypotheticalGovernors = new(StringComparer.OrdinalIgnoreCase)
    {
        "try", "attempt", "consider", "fear", "worry", "believe", "think", "suspect", "predict", "anticipate",
        "warn", "possible", "possibility", "potential", "risk", "prospect", "threat", "danger", "able",
        "difficult", "unable", "anticipation", "hypothetical", "speculation", "concern", "may", "might",
        "need", "urge", "call", "demand", "ask", "keen", "afraid",
    };

    // Acts done by saying: a condition attached to them is part of what is said.
    private static readonly HashSet<string> SpeechActs = new(StringComparer.OrdinalIgnoreCase)
    {
        "threaten", "warn", "vow", "promise", "pledge", "demand", "urge", "offer", "insist", "say", "tell", "state",
        "announce", "declare", "ask", "call", "issue", "give", "deliver",
    };

    /// <summary>The mode of predicate <paramref name="p"/>, looking up through its governing clauses.</summary>
    public static EventMode Of(SyntaxView v, int p)
    {
        var mode = Own(v, p);
        for (int depth = 0, t = p; depth < 6 && mode != EventMode.Negated; depth++)
        {
            var rel = v.RelOf(t);
            int h = v.Head(t);
            if (h < 0) break;
            if (rel is not (Rel.Xcomp or Rel.Ccomp or Rel.Conj or Rel.Advcl or Rel.Acl or Rel.Nmod or Rel.Obl
                or Rel.Obj or Rel.Nsubj or Rel.NsubjPass or Rel.Csubj))
                break;
            var lemma = v.Lemma(h);
            if (rel == Rel.Xcomp && lemma is not null && NegatingGovernors.Contains(lemma)) return Stronger(mode, GovernorOwn(v, h, EventMode.Negated));
            // "called off the talks", "delayed the trip": the object event is not asserted.
            if (rel == Rel.Obj && lemma is not null && (NegatingObjectGovernors.Contains(lemma) || v.HasChildWord(h, Rel.CompoundPrt, ["off"])))
                return EventMode.Negated;
            if (rel is Rel.Xcomp or Rel.Nmod or Rel.Obl or Rel.Ccomp or Rel.Obj && lemma is not null)
            {
                if (HypotheticalGovernors.Contains(lemma!)) mode = Stronger(mode, EventMode.Hypothetical);
                else if (rel == Rel.Xcomp && FutureGovernors.Contains(lemma!)) mode = Stronger(mode, EventMode.Future);
            }
            // A negated governor negates its complement only for control and coordination ("did not agree to meet").
            var gov = Own(v, h);
            if (gov == EventMode.Negated && rel is not (Rel.Xcomp or Rel.Conj)) gov = EventMode.Hypothetical;
            mode = Stronger(mode, gov);
            // A noun governs only its own phrase: "retaliation to the assassination" does not inherit what governs "retaliation".
            // A participle ("missiles launched by factions") stays in its noun's clause, so the climb goes on through it.
            if (v.Upos(h) is Upos.NOUN or Upos.PROPN or Upos.PRON && rel != Rel.Acl) break;
            t = h;
        }
        return mode;
    }

    /// <summary>True when a negated predicate is refused rather than merely not done: the complement of refuse,
    /// decline or reject, or "will not" / "would not" ("Syria says it will not accept more refugees").</summary>
    public static bool IsRefusal(SyntaxView v, int p)
    {
        int h = v.Head(p);
        if (v.RelOf(p) == Rel.Xcomp && h >= 0 && v.Lemma(h) is { } g && (g is "refuse" or "decline" or "reject")) return true;
        bool willing = false, negated = false;
        for (int c = v.FirstChild(p); c >= 0; c = v.NextSibling(c))
        {
            if (v.RelOf(c) == Rel.Aux && (v.Is(c, "will") || v.Is(c, "would") || v.Is(c, "wo"))) willing = true;
            if (v.RelOf(c) is Rel.Advmod or Rel.Neg && (v.Is(c, "not") || v.Is(c, "n't") || v.Is(c, "never"))) negated = true;
        }
        return willing && negated;
    }

    private static EventMode GovernorOwn(SyntaxView v, int h, EventMode fallback) =>
        Own(v, h) == EventMode.Negated ? EventMode.Asserted : fallback;

    /// <summary>The mode marked on the token itself: a negator, a modal or future auxiliary, a conditional mark, or a hedging modifier.</summary>
    public static EventMode Own(SyntaxView v, int p)
    {
        var mode = EventMode.Asserted;
        for (int c = v.FirstChild(p); c >= 0; c = v.NextSibling(c))
        {
            switch (v.RelOf(c))
            {
                case Rel.Neg:
                case Rel.Advmod:
                case Rel.Det:
                    if (Any(v, c, Negators)) return EventMode.Negated;
                    if (v.RelOf(c) == Rel.Det && v.Is(c, "any")) mode = Stronger(mode, EventMode.Hypothetical);
                    break;
                case Rel.Aux:
                case Rel.AuxPass:
                    if (Any(v, c, Modals)) mode = Stronger(mode, EventMode.Hypothetical);
                    else if (Any(v, c, FutureAux)) mode = Stronger(mode, EventMode.Future);
                    break;
                case Rel.Mark:
                    if (Any(v, c, Conditionals)) mode = Stronger(mode, EventMode.Hypothetical);
                    break;
                // "if Iraqi factions join": parsers often hang the clause's mark on its subject instead of its verb.
                case Rel.Nsubj:
                case Rel.NsubjPass:
                    if (c < p && HasConditionalMark(v, c)) mode = Stronger(mode, EventMode.Hypothetical);
                    break;
                // "If a war breaks out, Iraqi territory will be exposed": the main clause of a condition did not happen either.
                // A condition on a threat, promise or demand conditions what is threatened, not the act of threatening
                // ("threatened to launch an offensive unless Baghdad accepted": the threat is made).
                case Rel.Advcl:
                    if (v.Lemma(p) is { } act && SpeechActs.Contains(act)) break;
                    if (HasConditionalMark(v, c) || v.Child(c, Rel.Nsubj) is var s && s >= 0 && s < c && HasConditionalMark(v, s))
                        mode = Stronger(mode, EventMode.Hypothetical);
                    break;
                case Rel.Amod:
                    if (v.Is(c, "possible") || v.Is(c, "potential") || v.Is(c, "likely") || v.Is(c, "hypothetical")
                        || v.Is(c, "future") || v.Is(c, "planned") || v.Is(c, "proposed") || v.Is(c, "expected"))
                        mode = Stronger(mode, EventMode.Hypothetical);
                    break;
            }
        }
        return mode;
    }

    // "if" and "unless" are conditions whatever relation the parser gives them: hung on the subject, they come out as a
    // mark or, with an adjective before them, as a case word ("similar to past actions, if factions join").
    private static bool HasConditionalMark(SyntaxView v, int t)
    {
        for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) is Rel.Mark or Rel.Case && (v.Is(c, "if") || v.Is(c, "unless"))) return true;
        return false;
    }

    private static bool Any(SyntaxView v, int t, string[] words)
    {
        foreach (var w in words)
            if (v.Is(t, w)) return true;
        return false;
    }

    private static EventMode Stronger(EventMode a, EventMode b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(EventMode m) => m switch
    {
        EventMode.Negated => 3,
        EventMode.Hypothetical => 2,
        EventMode.Future => 1,
        _ => 0,
    };
}
