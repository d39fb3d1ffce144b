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

    /// <summary>Copies the gold tags, lemmas and arcs of <paramref name="sentences"/> (the ones <paramref name="doc"/> was
    /// built from) onto its tokens and marks those layers present: a stand-in for the models where only later stages are measured.</summary>
    /// <remarks>A UPOS the enum does not name becomes X; a head of 0 is the root.</remarks>
    public static void CopyGoldParse(Doc doc, IReadOnlyList<ConlluSentence> sentences)
    {
        int k = 0;
        foreach (var s in sentences)
        {
            int first = k;
            foreach (var w in s.Words)
            {
                doc.SetTags(k, Enum.TryParse<Upos>(w.Upos, out var u) ? u : Upos.X, w.Xpos);
                doc.SetLemma(k, w.Lemma);
                doc.SetArc(k, w.Head <= 0 ? -1 : first + w.Head - 1, w.DepRel);
                k++;
            }
        }
        doc.Layers |= Layers.Pos | Layers.Lemmas | Layers.Dependencies;
    }

    /// <summary>Writes a Doc's sentences as CoNLL-U with its predicted layers; NER goes to MISC as IOB2.</summary>
    /// <remarks>On the hot path of `dyad annotate --format conllu`: every column goes to <paramref name="w"/> as a span,
    /// a char or a name from a table, so a token costs no allocation (no substring, no boxed enum, no MISC list).</remarks>
    public static void Write(TextWriter w, Doc doc, IReadOnlyList<ConlluSentence>? original = null)
    {
        bool parsed = doc.Layers.HasFlag(Layers.Dependencies);
        bool entities = doc.Layers.HasFlag(Layers.Entities);
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var sent = doc.Sentences[si];
            if (original is not null && si < original.Count)
                foreach (var c in original[si].Comments) w.WriteLine(c);
            else
            {
                w.Write("# text = ");
                WriteReplacing(w, doc.Text.AsSpan(sent.Start, sent.End - sent.Start), '\n', ' ');
                w.WriteLine();
            }
            for (int i = 0; i < sent.TokenCount; i++)
                WriteToken(w, doc[sent.FirstToken + i], i + 1, sent.FirstToken, parsed, entities);
            w.WriteLine();
        }
    }

    // Upos.ToString() boxes the enum; the table holds what it returns for every byte value ("_" for None, the number
    // for a value the enum does not name), so the output is the same as before, byte for byte.
    private static readonly string[] UposNames = [.. Enumerable.Range(0, 256)
        .Select(u => (Upos)u == Upos.None ? "_" : ((Upos)u).ToString())];

    private static void WriteToken(TextWriter w, Token t, int id, int firstToken, bool parsed, bool entities)
    {
        WriteInt(w, id); w.Write('\t');
        if (t.Length == 0) w.Write('_');
        else WriteReplacing(w, t.Span, ' ', '_'); // a space would split the column for readers that split on whitespace
        w.Write('\t');
        WriteField(w, t.Lemma); w.Write('\t');
        w.Write(UposNames[(byte)t.Upos]); w.Write('\t');
        WriteField(w, t.Xpos); w.Write("\t_\t");
        if (parsed) WriteInt(w, t.Head < 0 ? 0 : t.Head - firstToken + 1);
        else w.Write('_');
        w.Write('\t');
        if (parsed) WriteField(w, t.DepRel);
        else w.Write('_');
        w.Write("\t_\t");
        bool misc = false;
        if (!t.SpaceAfter) { w.Write("SpaceAfter=No"); misc = true; }
        if (t.Entity is not null || entities)
        {
            if (misc) w.Write('|');
            w.Write("NER=");
            w.Write(t.Entity ?? "O");
            misc = true;
        }
        if (!misc) w.Write('_');
        w.WriteLine();
    }

    private static void WriteField(TextWriter w, string? s)
    {
        if (string.IsNullOrEmpty(s)) w.Write('_');
        else w.Write(s);
    }

    private static void WriteInt(TextWriter w, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int n, default, System.Globalization.CultureInfo.InvariantCulture);
        w.Write(digits[..n]);
    }

    /// <summary>Writes <paramref name="s"/> with every <paramref name="from"/> written as <paramref name="to"/>, in runs.</summary>
    private static void WriteReplacing(TextWriter w, ReadOnlySpan<char> s, char from, char to)
    {
        int at;
        while ((at = s.IndexOf(from)) >= 0)
        {
            w.Write(s[..at]);
            w.Write(to);
            s = s[(at + 1)..];
        }
        w.Write(s);
    }
}
