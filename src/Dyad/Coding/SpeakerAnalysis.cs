using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Finds who reported an event: the subject of a governing speech verb, a quotation's speaker, or "according to X".</summary>
internal static class SpeakerAnalysis
{
    /// <summary>The speaker of the clause holding <paramref name="anchor"/>, or null when it is not reported speech.</summary>
    public static string? SpeakerOf(SyntaxView v, int anchor, ClauseArguments args)
    {
        for (int t = anchor, depth = 0; depth < 6; depth++)
        {
            int h = v.Head(t);
            if (h < 0) break;
            var rel = v.RelOf(t);
            if (rel is Rel.Ccomp or Rel.Parataxis && v.Lemma(h) is { } lemma && VerbCoder.SpeechVerbs.Contains(lemma))
                return NameOf(v, args.Subject(h, out _));
            // "…," he said: the speech verb hangs from the reported clause as parataxis or ccomp.
            for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
                if (v.RelOf(c) is Rel.Parataxis && v.Lemma(c) is { } l2 && VerbCoder.SpeechVerbs.Contains(l2) && c > anchor)
                    return NameOf(v, args.Subject(c, out _));
            t = h;
        }
        var doc = v.Doc;
        int tokenStart = doc[anchor].Start;
        foreach (var q in doc.Quotes)
            if (q.Speaker is not null && tokenStart >= q.Start && tokenStart < q.End) return q.Speaker;
        return null;
    }

    /// <summary>The source named by "according to X" in the sentence, or null.</summary>
    public static string? AccordingTo(SyntaxView v, Sentence s)
    {
        for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
        {
            if (!v.Doc[t].Span.Equals("according", StringComparison.OrdinalIgnoreCase) || !v.Is(t + 1, "to")) continue;
            for (int k = t + 2; k < s.EndToken && k < t + 8; k++)
                if (v.MentionAt(k) >= 0) return Name(v.Doc.Entities[v.MentionAt(k)]);
        }
        return null;
    }

    private static string? NameOf(SyntaxView v, int head)
    {
        if (head < 0) return null;
        int m = v.MentionAt(head);
        if (m < 0)
            for (int c = v.FirstChild(head); c >= 0 && m < 0; c = v.NextSibling(c))
                if (v.RelOf(c) is Rel.Appos or Rel.Compound or Rel.NmodPoss or Rel.Nmod) m = v.MentionAt(c);
        return m >= 0 ? Name(v.Doc.Entities[m]) : v.Doc[head].Text;
    }

    private static string Name(Mention m) => m.Actor?.Name ?? m.Text;
}
