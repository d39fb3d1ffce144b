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

    /// <summary>The head token of the clause's logical subject, following control and relative clauses; -1 if none.</summary>
    public int Subject(int p, out bool passive)
    {
        passive = v.Child(p, Rel.NsubjPass) >= 0 || v.Child(p, Rel.AuxPass) >= 0;
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
            if (rel == Rel.Advcl && v.Child(p, Rel.Mark) >= 0 && !IsGerund(p)) return -1;
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
        return o;
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
        if (m >= 0 && !mentions.Contains(m)) mentions.Add(m);
    }

    // "the PM's office", "Iraqi forces", "aide to Sudani, Dr. Hussein Allawi", "heads of the agencies".
    private int ModifierMention(int t, int depth)
    {
        int best = -1;
        for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
        {
            var r = v.RelOf(c);
            if (r is Rel.Appos or Rel.Compound or Rel.NmodPoss or Rel.Amod && v.MentionAt(c) >= 0) return v.MentionAt(c);
            if (best < 0 && depth == 0 && r == Rel.Nmod && v.CaseOf(c) is var k && k >= 0 && v.Is(k, "of"))
                best = v.MentionAt(c) >= 0 ? v.MentionAt(c) : ModifierMention(c, 1);
        }
        return best;
    }

    private bool IsPersonalPronoun(int t) =>
        v.Is(t, "it") || v.Is(t, "they") || v.Is(t, "he") || v.Is(t, "she") || v.Is(t, "we");

    public bool IsRelativePronoun(int t) =>
        v.Upos(t) is Upos.PRON or Upos.DET && (v.Is(t, "who") || v.Is(t, "which") || v.Is(t, "that") || v.Is(t, "whom"));

    private bool IsPastParticiple(int t) => v.Doc[t].Xpos == "VBN" || (v.Doc[t].Xpos is null && v.Doc[t].Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    private bool IsGerund(int t) => v.Doc[t].Xpos == "VBG" || v.Doc[t].Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
