using Dyad.Formats;

namespace Dyad.Evaluation;

/// <summary>One gold CoNLL-U document as raw text, with the character spans of its gold words and sentences.</summary>
/// <remarks>
/// The text is rebuilt as the CoNLL 2018 shared task did: each sentence's <c># text</c>, sentences of a paragraph
/// joined by a space, paragraphs (<c># newpar</c>) by a blank line. Words of a multiword token ("Google's")
/// get the spans of their forms inside the token; when the forms do not spell the token, each word gets the
/// token's whole span.
/// </remarks>
public sealed record UdRawDocument(string Id, string Text, IReadOnlyList<(int Start, int End)> Words, IReadOnlyList<(int Start, int End)> Sentences)
{
    /// <summary>Groups sentences into documents (<c># newdoc</c>) and rebuilds their text; a sentence whose words do not match its text is an error naming it.</summary>
    public static List<UdRawDocument> FromSentences(IEnumerable<ConlluSentence> sentences)
    {
        var docs = new List<UdRawDocument>();
        Builder? current = null;
        int index = 0;
        foreach (var s in sentences)
        {
            index++;
            if (current is null || s.StartsDocument)
            {
                if (current is not null) docs.Add(current.Build());
                current = new Builder(s.Comment("newdoc id") ?? $"doc-{docs.Count + 1}");
            }
            current.Add(s, index);
        }
        if (current is not null) docs.Add(current.Build());
        return docs;
    }

    private sealed class Builder(string id)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<(int, int)> _words = [];
        private readonly List<(int, int)> _sentences = [];

        public void Add(ConlluSentence s, int index)
        {
            if (_text.Length > 0) _text.Append(s.StartsParagraph ? "\n\n" : " ");
            int offset = _text.Length;
            var sentenceText = s.Text ?? Reconstruct(s);
            _text.Append(sentenceText);
            int firstWord = _words.Count;
            MapWords(s, sentenceText, offset, index);
            _sentences.Add((_words[firstWord].Item1, _words[^1].Item2));
        }

        public UdRawDocument Build() => new(id, _text.ToString(), _words, _sentences);

        private void MapWords(ConlluSentence s, string text, int offset, int index)
        {
            int pos = 0;
            int w = 0;
            int r = 0;
            while (w < s.Words.Count)
            {
                var range = r < s.Ranges.Count && s.Ranges[r].First == s.Words[w].Id ? s.Ranges[r] : null;
                var form = range?.Form ?? s.Words[w].Form;
                var (start, end) = Locate(text, ref pos, form, s, index);
                if (range is null)
                {
                    _words.Add((offset + start, offset + end));
                    w++;
                    continue;
                }
                r++;
                int count = range.Last - range.First + 1;
                bool spells = string.Concat(s.Words.Skip(w).Take(count).Select(x => x.Form)) == text[start..end];
                int at = start;
                for (int k = 0; k < count; k++, w++)
                {
                    if (!spells) { _words.Add((offset + start, offset + end)); continue; }
                    _words.Add((offset + at, offset + at + s.Words[w].Form.Length));
                    at += s.Words[w].Form.Length;
                }
            }
        }

        /// <summary>Finds a form at or after <paramref name="pos"/>, skipping whitespace on both sides as the CoNLL 2018 alignment does.</summary>
        private static (int Start, int End) Locate(string text, ref int pos, string form, ConlluSentence s, int index)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
            int start = pos;
            foreach (char c in form)
            {
                if (char.IsWhiteSpace(c)) { while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++; continue; }
                if (pos >= text.Length || text[pos] != c)
                    throw new FormatException($"sentence {index} ({s.SentId ?? "no id"}): word '{form}' does not match its # text at character {pos}");
                pos++;
            }
            return (start, pos);
        }

        private static string Reconstruct(ConlluSentence s)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var w in s.Words)
            {
                sb.Append(w.Form);
                if (w.SpaceAfter) sb.Append(' ');
            }
            return sb.ToString().TrimEnd();
        }
    }
}
