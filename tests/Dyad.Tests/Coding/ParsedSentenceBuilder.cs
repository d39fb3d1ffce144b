using System.Globalization;
using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tests.Coding;

/// <summary>Builds a parsed, actor-resolved Doc by hand from CoNLL-U-like lines, so coder tests need no model.</summary>
/// <remarks>
/// One line per word: <c>ID FORM LEMMA UPOS XPOS HEAD DEPREL [ENTITY]</c>, HEAD 1-based (0 = root). ENTITY is
/// <c>@CODE</c> to start a mention resolved to actor CODE (<c>@-</c> for an unresolved one, <c>@CODE/PER</c> to label it), <c>+</c> to continue it.
/// Several sentences may be added; the text is the words joined by spaces.
/// </remarks>
internal sealed class ParsedSentenceBuilder
{
    private readonly List<List<string[]>> _sentences = [];

    public ParsedSentenceBuilder Sentence(params string[] lines)
    {
        _sentences.Add(lines.Where(l => l.Trim().Length > 0).Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList());
        return this;
    }

    public ParsedSentenceBuilder Sentence(IEnumerable<string> lines) => Sentence(lines.ToArray());

    public Doc Build(string id = "test-doc", DateOnly? published = null, string? title = null)
    {
        var text = string.Join("\n", _sentences.Select(s => string.Join(' ', s.Select(w => w[1]))));
        var doc = new Doc(id, text, published ?? new DateOnly(2024, 8, 6)) { Title = title };
        int offset = 0;
        foreach (var words in _sentences)
        {
            int first = doc.TokenCount;
            foreach (var w in words)
            {
                if (w.Length < 7) throw new FormatException($"word line needs 7 columns: {string.Join(' ', w)}");
                doc.AddToken(offset, w[1].Length);
                offset += w[1].Length + 1;
            }
            doc.Sentences.Add(new Sentence(first, words.Count, doc[first].Start, doc[doc.TokenCount - 1].End));
            int mentionStart = -1;
            string? code = null;
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                int t = first + i;
                doc.SetTags(t, Enum.Parse<Upos>(w[3]), w[4] == "_" ? null : w[4]);
                doc.SetLemma(t, w[2]);
                int head = int.Parse(w[5], CultureInfo.InvariantCulture);
                doc.SetArc(t, head == 0 ? -1 : first + head - 1, w[6]);
                var ent = w.Length > 7 ? w[7] : null;
                if (ent != "+" && mentionStart >= 0) { AddMention(doc, mentionStart, t - 1, code); mentionStart = -1; }
                if (ent is not null && ent.StartsWith('@')) { mentionStart = t; code = ent[1..]; }
            }
            if (mentionStart >= 0) AddMention(doc, mentionStart, doc.TokenCount - 1, code);
        }
        doc.Layers = Layers.Tokens | Layers.Sentences | Layers.Pos | Layers.Lemmas | Layers.Dependencies | Layers.Entities | Layers.Actors;
        return doc;
    }

    private static void AddMention(Doc doc, int first, int last, string? code)
    {
        var span = doc.Slice(first, last - first + 1);
        var label = "ORG";
        int slash = code?.IndexOf('/') ?? -1;
        if (slash >= 0) { label = code![(slash + 1)..]; code = code[..slash]; }
        Actor? actor = code is null or "-" ? null : new Actor(code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? code[3..] : null, null);
        doc.Entities.Add(new Mention(first, last - first + 1, span.StartChar, span.EndChar, label, span.Text) { Actor = actor });
    }
}
