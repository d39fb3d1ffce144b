using Dyad.Formats;

namespace Dyad.Evaluation;

/// <summary>Counts of correct tags, lemmas and arcs of a predicted CoNLL-U file against gold on the same words.</summary>
public readonly record struct UdTreeScores(int Words, int Upos, int Xpos, int Lemma, int Uas, int Las);

/// <summary>Scores UPOS, XPOS, lemma, UAS and LAS over all words (punctuation included) when prediction and gold share tokens.</summary>
/// <remarks>As in the CoNLL 2018 shared task, LAS compares the universal relation only ("nmod:poss" counts as "nmod").</remarks>
public static class UdTreeScorer
{
    /// <summary>Scores sentence by sentence; a sentence or word mismatch is an error naming where it is.</summary>
    public static UdTreeScores Score(IEnumerable<ConlluSentence> gold, IEnumerable<ConlluSentence> predicted)
    {
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        using var p = predicted.GetEnumerator();
        int index = 0;
        foreach (var g in gold)
        {
            index++;
            if (!p.MoveNext())
                throw new FormatException($"the predicted file ends before gold sentence {index} ({g.SentId ?? "no id"})");
            var ps = p.Current;
            if (ps.Words.Count != g.Words.Count)
                throw new FormatException($"sentence {index} ({g.SentId ?? "no id"}): gold has {g.Words.Count} words, predicted {ps.Words.Count}; use --raw to score tokenization");
            for (int k = 0; k < g.Words.Count; k++)
            {
                var gw = g.Words[k];
                var pw = ps.Words[k];
                if (gw.Form != pw.Form)
                    throw new FormatException($"sentence {index} ({g.SentId ?? "no id"}), word {k + 1}: gold '{gw.Form}' but predicted '{pw.Form}'");
                words++;
                if (gw.Upos == pw.Upos) upos++;
                if (gw.Xpos == pw.Xpos) xpos++;
                if (gw.Lemma == pw.Lemma) lemma++;
                if (gw.Head != pw.Head) continue;
                uas++;
                if (UniversalRelation(gw.DepRel).SequenceEqual(UniversalRelation(pw.DepRel))) las++;
            }
        }
        if (p.MoveNext())
            throw new FormatException($"the predicted file has more sentences than the gold file ({index})");
        return new UdTreeScores(words, upos, xpos, lemma, uas, las);
    }

    private static ReadOnlySpan<char> UniversalRelation(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel.AsSpan(0, colon);
    }
}
