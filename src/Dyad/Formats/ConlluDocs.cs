using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Formats;

/// <summary>Turns gold CoNLL-U words and sentences into <see cref="Doc"/>s (tokens and sentences only) and back.</summary>
public static class ConlluDocs
{
    /// <summary>One Doc per CoNLL-U document (# newdoc), or per <paramref name="maxSentences"/> sentences when there is none.</summary>
    public static IEnumerable<(Doc Doc, List<ConlluSentence> Sentences)> ToDocs(IEnumerable<ConlluSentence> sentences, int maxSentences = 200)
    {
        var batch = new List<ConlluSentence>();
        int n = 0;
        foreach (var s in sentences)
        {
            if (batch.Count > 0 && (s.StartsDocument || batch.Count >= maxSentences))
            {
                yield return (Build($"conllu-{n++}", batch), batch);
                batch = [];
            }
            batch.Add(s);
        }
        if (batch.Count > 0) yield return (Build($"conllu-{n}", batch), batch);
    }

    /// <summary>Builds a Doc whose text is the words joined by single spaces, sentences by newlines.</summary>
    public static Doc Build(string id, IReadOnlyList<ConlluSentence> sentences)
    {
        var sb = new System.Text.StringBuilder();
        var spans = new List<(int Start, int Length)>();
        foreach (var s in sentences)
        {
            if (sb.Length > 0) sb.Append('\n');
            for (int i = 0; i < s.Words.Count; i++)
            {
                if (i > 0) sb.Append(' ');
                spans.Add((sb.Length, s.Words[i].Form.Length));
                sb.Append(s.Words[i].Form);
            }
        }
        var doc = new Doc(id, sb.ToString());
        int k = 0;
        foreach (var s in sentences)
        {
            int first = k;
            for (int i = 0; i < s.Words.Count; i++, k++)
                doc.AddToken(spans[k].Start, Math.Max(1, spans[k].Length), s.Words[i].SpaceAfter);
            doc.Sentences.Add(new Sentence(first, s.Words.Count, doc[first].Start, doc[k - 1].End));
        }
        doc.Layers = Layers.Tokens | Layers.Sentences;
        return doc;
    }

    /// <summary>Writes a Doc's sentences as CoNLL-U with its predicted layers; NER goes to MISC as IOB2.</summary>
    public static void Write(TextWriter w, Doc doc, IReadOnlyList<ConlluSentence>? original = null)
    {
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var sent = doc.Sentences[si];
            if (original is not null && si < original.Count)
                foreach (var c in original[si].Comments) w.WriteLine(c);
            else
                w.WriteLine($"# text = {doc.Text[sent.Start..sent.End].Replace('\n', ' ')}");
            for (int i = 0; i < sent.TokenCount; i++)
            {
                var t = doc[sent.FirstToken + i];
                int head = t.Head < 0 ? 0 : t.Head - sent.FirstToken + 1;
                var misc = new List<string>();
                if (!t.SpaceAfter) misc.Add("SpaceAfter=No");
                if (t.Entity is not null) misc.Add("NER=" + t.Entity);
                else if (doc.Layers.HasFlag(Layers.Entities)) misc.Add("NER=O");
                bool parsed = doc.Layers.HasFlag(Layers.Dependencies);
                w.Write(i + 1); w.Write('\t');
                w.Write(Field(t.Text.Replace(' ', '_'))); w.Write('\t');
                w.Write(Field(t.Lemma)); w.Write('\t');
                w.Write(t.Upos == Upos.None ? "_" : t.Upos.ToString()); w.Write('\t');
                w.Write(Field(t.Xpos)); w.Write("\t_\t");
                w.Write(parsed ? head.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_"); w.Write('\t');
                w.Write(parsed ? Field(t.DepRel) : "_"); w.Write("\t_\t");
                w.WriteLine(misc.Count == 0 ? "_" : string.Join('|', misc));
            }
            w.WriteLine();
        }
    }

    private static string Field(string? s) => string.IsNullOrEmpty(s) ? "_" : s;
}
