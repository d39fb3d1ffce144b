namespace Dyad.Training;

/// <summary>Word-level accuracy of tags, lemmas and arcs against gold, over all words (punctuation included).</summary>
public sealed class SyntaxScore
{
    public long Words { get; private set; }
    public long UposCorrect { get; private set; }
    public long XposCorrect { get; private set; }
    public long LemmaCorrect { get; private set; }
    public long HeadCorrect { get; private set; }
    public long LabelledCorrect { get; private set; }

    public double Upos => Pct(UposCorrect);
    public double Xpos => Pct(XposCorrect);
    public double Lemma => Pct(LemmaCorrect);
    public double Uas => Pct(HeadCorrect);
    public double Las => Pct(LabelledCorrect);

    /// <summary>Adds one sentence; any predicted column may be null when that layer was not predicted.</summary>
    public void Add(TreebankSentence gold, string[]? upos, string[]? xpos, string[]? lemmas, int[]? heads, string[]? rels)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            Words++;
            if (upos is not null && upos[i] == gold.Upos[i]) UposCorrect++;
            if (xpos is not null && xpos[i] == gold.Xpos[i]) XposCorrect++;
            if (lemmas is not null && lemmas[i] == gold.Lemmas[i]) LemmaCorrect++;
            if (heads is not null && heads[i] == gold.Heads[i])
            {
                HeadCorrect++;
                // LAS compares the universal relation, as the CoNLL 2018 scorer does (subtypes after ':' ignored).
                if (rels is not null && Universal(rels[i]).SequenceEqual(Universal(gold.Rels[i]))) LabelledCorrect++;
            }
        }
    }

    private static ReadOnlySpan<char> Universal(string rel)
    {
        int colon = rel.IndexOf(':');
        return colon < 0 ? rel : rel.AsSpan(0, colon);
    }

    private double Pct(long n) => Words == 0 ? 0 : 100.0 * n / Words;

    public override string ToString() =>
        FormattableString.Invariant($"words {Words}  UPOS {Upos:F2}  XPOS {Xpos:F2}  lemma {Lemma:F2}  UAS {Uas:F2}  LAS {Las:F2}");
}
