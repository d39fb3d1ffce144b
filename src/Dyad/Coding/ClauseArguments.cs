using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Finds a predicate's subject, object, agent and scope on the dependency tree, and the actors they name.</summary>
/// <remarks>Handles UD v2 and v1 labels, passive voice, control (xcomp), coordinated predicates, participial and
/// relative clauses. Buffers are reused; one instance serves one document on one thread.</remarks>
internal sealed class ClauseArguments(SyntaxView v)
{
    private readonly List<int> _pre = new(32);
    private readonly List<int> _post = new(64);

    public List<int> Pre => _pre;
    public List<int> Post => _post;

    /// <summary>The last <see cref="Subject"/> came from the main clause of an infinitive of purpose: it is the doer, but
    /// its words are not the purpose verb's own, so no pattern reads them as words before that verb.</summary>
    public bool ViaPurpose { get; private set; }

    /// <summary>The head token of the clause's logical subject, following control and relative clauses; -1 if none.</summary>
    public int Subject(int p, out bool passive)
    {
        ViaPurpose = false;
        passive = v.Child(p, Rel.NsubjPass) >= 0 || v.Child(p, Rel.AuxPass) >= 0;
        if (MisattachedActiveSubject(p) is var active && active >= 0)
        {
            passive = false;
            return active;
        }
        for (int depth = 0; depth < 5 && p >= 0; depth++)
        {
            int s = v.Child(p, Rel.Nsubj);
            if (s < 0) s = v.Child(p, Rel.NsubjPass);
            if (s >= 0)
            {
                if (IsRelativePronoun(s) && v.RelOf(p) == Rel.AclRelcl) return v.Head(p);
                // "Ethiopia indicated it would act": a bare pronoun in a complement clause is the governing subject.
                if (v.Upos(s) == Upos.PRON && v.MentionAt(s) < 0 && IsPersonalPronoun(s) && v.RelOf(p) is Rel.Ccomp or Rel.Advcl or Rel.Conj
                    && v.Head(p) >= 0 && Subject(v.Head(p), out _) is var g && g >= 0 && g != s)
                    return g;
                return s;
            }
            var rel = v.RelOf(p);
            int h = v.Head(p);
            if (h < 0) return -1;
            if (rel == Rel.Acl)
            {
                // "suspects held in attacking the base": a past participle's noun is its patient.
                if (IsPastParticiple(p)) passive = true;
                return h;
            }
            if (rel is not (Rel.Xcomp or Rel.Conj or Rel.Advcl)) return -1;
            if (rel == Rel.Conj && UncoordinatedSubject(p) is var own && own >= 0) return own;
            // "missiles flew over Iraq to strike Israel": an infinitive of purpose is done by the main clause's subject;
            // a finite adverbial clause ("when …", "if …") has its own or none.
            if (rel == Rel.Advcl && v.Child(p, Rel.Mark) >= 0 && !IsGerund(p))
            {
                // Not through a passive: in "called on Gondor to be allowed to leave Lorien" (PETRARCH's PATTERN_19) the leaving is
                // the permission's content, no act of the caller's.
                if (!IsInfinitive(p) || v.Child(h, Rel.AuxPass) >= 0 || v.Child(h, Rel.NsubjPass) >= 0) return -1;
                ViaPurpose = true;
            }
            p = h;
        }
        return -1;
    }

    /// <summary>The direct (or indirect) object's head, resolving a relative pronoun object to its noun; -1 if none.</summary>
    public int Object(int p)
    {
        int o = v.Child(p, Rel.Obj);
        if (o < 0) o = v.Child(p, Rel.Iobj);
        if (o >= 0 && IsRelativePronoun(o) && v.RelOf(p) == Rel.AclRelcl) return v.Head(p);
        if (o < 0 && MisattachedActiveSubject(p) >= 0) return v.RelOf(p) == Rel.Amod ? v.Head(p) : FollowingNounPhrase(p);
        return o;
    }

    /// <summary>The subject of a finite verb the parser hung on a noun as a modifier, or -1 when <paramref name="p"/> is a real modifier.</summary>
    /// <remarks>"security forces released five suspects" parsed as "forces [released]" (acl) + "suspects" elsewhere, or
    /// "forces had released suspects" with "released" an adjective of "suspects": a participle that takes a bare
    /// noun phrase right after it, or that has a perfect auxiliary, is an active verb, so its noun acts rather than
    /// undergoes ("suspects held by Syria", "the released suspects" stay as they are).</remarks>
    public int MisattachedActiveSubject(int p)
    {
        if (v.Upos(p) != Upos.VERB) return -1;
        var rel = v.RelOf(p);
        int h = v.Head(p);
        if (h < 0) return -1;
        int aux = v.Child(p, Rel.Aux);
        bool perfect = aux >= 0 && aux < p && v.Is(aux, "have");
        if (rel == Rel.Acl && h < p && (perfect || StartsBareNounPhrase(p + 1, p)) && v.Child(p, Rel.Mark) < 0)
            return h;
        if (rel == Rel.Amod && h > p && perfect)
        {
            int before = aux - 1;
            while (before >= 0 && v.Upos(before) is Upos.ADV) before--;
            return before >= 0 && v.Upos(before) is Upos.NOUN or Upos.PROPN ? before : -1;
        }
        return -1;
    }

    // "… into the conflict after the so-called "Iraqi Resistance Coordination Committee" declared that …": a conjunct verb
    // with no "and"/"or" and no comma of its own is no coordinated verb; the noun right before it (past closing quotes) is
    // its subject, which the parser hung elsewhere.
    private int UncoordinatedSubject(int p)
    {
        for (int c = v.FirstChild(p); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) is Rel.Cc || (v.RelOf(c) == Rel.Punct && c < p && v.Doc[c].Span is "," or ";" or ":" or "-" or "–")) return -1;
        int t = p - 1;
        while (t >= 0 && v.Upos(t) == Upos.PUNCT && v.Doc[t].Span is "\"" or "”" or "’" or "'") t--;
        if (t < 0 || v.Upos(t) is not (Upos.NOUN or Upos.PROPN) || v.Dominates(p, t) || v.Head(p) == t) return -1;
        return t;
    }

    // "released five suspects", but not "a statement issued Monday" (a time oblique of the participle itself).
    private bool StartsBareNounPhrase(int t, int p) =>
        t < v.Count && v.Upos(t) is Upos.DET or Upos.NUM or Upos.NOUN or Upos.PROPN && !v.IsPossessiveOrRelative(t)
        && !(v.Head(t) == p && v.RelOf(t) is Rel.Obl or Rel.Nmod);

    // The head of the noun phrase that starts at t: climb while the head lies further right and t is no noun yet.
    private int FollowingNounPhrase(int p)
    {
        int t = p + 1;
        for (int guard = 0; guard < 6 && t < v.Count && v.Upos(t) is not (Upos.NOUN or Upos.PROPN); guard++)
        {
            int h = v.Head(t);
            if (h <= t) return -1;
            t = h;
        }
        return t < v.Count && v.Upos(t) is Upos.NOUN or Upos.PROPN ? t : -1;
    }

    /// <summary>The agent of a passive ("by Iran"), or -1.</summary>
    public int Agent(int p)
    {
        for (int c = v.FirstChild(p); c >= 0; c = v.NextSibling(c))
        {
            var r = v.RelOf(c);
            if (r == Rel.OblAgent) return c;
            if (r is Rel.Obl or Rel.Nmod && v.CaseOf(c) is var k && k >= 0 && v.Is(k, "by")) return c;
        }
        return -1;
    }

    /// <summary>Fills <see cref="Pre"/> (subject and words before the verb) and <see cref="Post"/> (its phrase after it), in text order.</summary>
    public void BuildScope(int p, int subject, bool withComplement = true)
    {
        _pre.Clear();
        _post.Clear();
        if (subject >= 0) AddSubtree(subject, _pre);
        for (int c = v.FirstChild(p); c >= 0; c = v.NextSibling(c))
        {
            var r = v.RelOf(c);
            // A complement clause belongs to the verb phrase, as PETRARCH's patterns expect ("allowed that Mordor isn't …").
            if (r is Rel.Nsubj or Rel.NsubjPass or Rel.Csubj or Rel.Advcl or Rel.Parataxis or Rel.Conj or Rel.Punct or Rel.Cc
                || (r == Rel.Ccomp && !withComplement))
                continue;
            AddSubtree(c, c < p ? _pre : _post);
        }
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pre).Sort();
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_post).Sort();
    }

    private void AddSubtree(int t, List<int> into)
    {
        into.Add(t);
        for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
        {
            var r = v.RelOf(c);
            if (r is Rel.AclRelcl or Rel.Ccomp or Rel.Advcl or Rel.Parataxis or Rel.Punct) continue;
            if (into.Count < 256) AddSubtree(c, into);
        }
    }

    /// <summary>Adds the mentions a noun phrase names: its own, a close modifier's, and each coordinated member's.</summary>
    public void Actors(int head, List<int> mentions)
    {
        if (head < 0) return;
        AddActor(head, mentions);
        for (int c = v.FirstChild(head); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) == Rel.Conj) AddActor(c, mentions);
    }

    private void AddActor(int t, List<int> mentions)
    {
        int m = v.MentionAt(t);
        if (m < 0) m = ModifierMention(t, 0);
        if (m < 0 || mentions.Contains(m)) return;
        mentions.Add(m);
        int partner = CoordinatedNeighbour(m);
        if (partner >= 0 && !mentions.Contains(partner)) mentions.Add(partner);
    }

    /// <summary>The mention on the other side of a one-word "and"/"or" when the parser tied the two names into one phrase, or -1.</summary>
    /// <remarks>"North and South Korea" is parsed with "North" a compound of "Korea" (or "Korea" a conj of "South"), so the
    /// conj search finds one country. Two mentions joined by "and" with a direct head link between their words are one
    /// coordinated phrase; without the link ("Russia attacked Ukraine and Poland protested") they are not.</remarks>
    private int CoordinatedNeighbour(int m)
    {
        var e = v.Doc.Entities[m];
        int first = e.FirstToken, end = first + e.TokenCount;
        if (first >= 2 && IsAnd(first - 1) && v.MentionAt(first - 2) is var left && left >= 0 && left != m && Tied(left, m)) return left;
        if (end + 1 < v.Count && IsAnd(end) && v.MentionAt(end + 1) is var right && right >= 0 && right != m
            && v.Doc.Entities[right].FirstToken == end + 1 && Tied(m, right)) return right;
        return -1;
    }

    private bool IsAnd(int t) => v.Upos(t) is Upos.CCONJ or Upos.None && v.Doc[t].Span is "and" or "or";

    // A word of one mention has its head in the other.
    private bool Tied(int a, int b)
    {
        var ea = v.Doc.Entities[a];
        var eb = v.Doc.Entities[b];
        for (int t = ea.FirstToken; t < ea.FirstToken + ea.TokenCount; t++) if (eb.Covers(v.Head(t))) return true;
        for (int t = eb.FirstToken; t < eb.FirstToken + eb.TokenCount; t++) if (ea.Covers(v.Head(t))) return true;
        return false;
    }

    // "the PM's office", "Iraqi forces", "aide to Sudani, Dr. Hussein Allawi", "heads of the agencies".
    // "Iraqi Prime Minister Mohammed Shia al-Sudani": of the phrase's own mentions the fullest one wins, so the
    // named minister (IRQGOV) is the actor rather than the demonym (IRQ) before his title.
    private int ModifierMention(int t, int depth)
    {
        int best = -1, bestRank = -1, nested = -1;
        for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
        {
            var r = v.RelOf(c);
            int m = v.MentionAt(c);
            if (r is Rel.Appos or Rel.Compound or Rel.NmodPoss or Rel.Amod && m >= 0)
            {
                int rank = MentionRank(m);
                if (rank > bestRank) (best, bestRank) = (m, rank);
            }
            else if (nested < 0 && depth == 0 && r == Rel.Nmod && v.CaseOf(c) is var k && k >= 0 && v.Is(k, "of"))
                nested = m >= 0 ? m : ModifierMention(c, 1);
        }
        return best >= 0 ? best : nested;
    }

    // Coded actors before uncoded ones, names before demonyms (NORP), then the longer mention.
    private int MentionRank(int m)
    {
        var e = v.Doc.Entities[m];
        return (e.Actor?.Code is null ? 0 : 2000) + (e.Label == "NORP" ? 0 : 1000) + Math.Min(e.TokenCount, 999);
    }

    private bool IsPersonalPronoun(int t) =>
        v.Is(t, "it") || v.Is(t, "they") || v.Is(t, "he") || v.Is(t, "she") || v.Is(t, "we");

    public bool IsRelativePronoun(int t) =>
        v.Upos(t) is Upos.PRON or Upos.DET && (v.Is(t, "who") || v.Is(t, "which") || v.Is(t, "that") || v.Is(t, "whom"));

    private bool IsPastParticiple(int t) => v.Doc[t].Xpos == "VBN" || (v.Doc[t].Xpos is null && v.Doc[t].Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    private bool IsInfinitive(int t) => v.Doc[t].Xpos == "VB" && v.HasChildWord(t, Rel.Mark, ["to"]);

    private bool IsGerund(int t) => v.Doc[t].Xpos == "VBG" || v.Doc[t].Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
