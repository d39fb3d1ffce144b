using System.Text;
using Dyad.Documents;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Tests.Actors;

/// <summary>One case of an actor spec file: marked-up text (entities as [text]LABEL), a date, and expected mention → code lines.</summary>
/// <remarks>
/// File format: `## title`, optional `date: YYYY-MM-DD` and `headline: …` (the article's title), text lines, a line `--`, then `mention => CODE` lines
/// (CODE `null` for an unresolved mention, `-` for words that make no mention). Expectations are matched to the resolved mentions in reading order.
/// </remarks>
public sealed record ActorSpec(string Title, DateOnly? Date, string Markup, IReadOnlyList<(string Mention, string? Code, string? Name)> Expected)
{
    /// <summary>The article's headline (Doc.Title), when the case gives one.</summary>
    public string? Headline { get; init; }

    private static readonly Pipeline Tokens = Pipeline.Create(new Tokenizer(), new SentenceSplitter());

    public override string ToString() => Title;

    public static IEnumerable<ActorSpec> Load(string path)
    {
        string? title = null;
        DateOnly? date = null;
        string? headline = null;
        var text = new StringBuilder();
        var expected = new List<(string, string?, string?)>();
        bool inExpect = false;
        foreach (var raw in File.ReadLines(path).Append("## end"))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null) yield return new ActorSpec(title, date, text.ToString().Trim(), [.. expected]) { Headline = headline };
                (title, date, headline, inExpect) = (line[3..].Trim(), null, null, false);
                text.Clear();
                expected.Clear();
            }
            else if (line.StartsWith('#')) continue;
            else if (line.StartsWith("date: ", StringComparison.Ordinal)) date = DateOnly.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("headline: ", StringComparison.Ordinal)) headline = line[10..].Trim();
            else if (line == "--") inExpect = true;
            else if (inExpect && line.Contains("=>", StringComparison.Ordinal))
            {
                var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
                var right = parts[1];
                string? name = null;
                int paren = right.IndexOf('(');
                if (paren > 0) (name, right) = (right[(paren + 1)..].TrimEnd(')'), right[..paren].Trim());
                expected.Add((parts[0], right == "null" ? null : right, name));
            }
            else if (!inExpect) text.AppendLine(line);
        }
    }

    /// <summary>Tokenizes the text with the rule tokenizer and adds the marked entities as mentions with IOB2 tags.</summary>
    public Doc BuildDoc()
    {
        var plain = new StringBuilder();
        var marks = new List<(int Start, int End, string Label)>();
        for (int i = 0; i < Markup.Length; i++)
        {
            if (Markup[i] == '[' && i + 1 < Markup.Length && Markup[i + 1] == '[')
            {
                plain.Append('[');
                continue;
            }
            int close = Markup[i] == '[' ? Markup.IndexOf(']', i) : -1;
            if (close > 0 && close + 1 < Markup.Length && char.IsUpper(Markup[close + 1]))
            {
                int labelEnd = close + 1;
                while (labelEnd < Markup.Length && char.IsUpper(Markup[labelEnd])) labelEnd++;
                int start = plain.Length;
                plain.Append(Markup, i + 1, close - i - 1);
                marks.Add((start, plain.Length, Markup[(close + 1)..labelEnd]));
                i = labelEnd - 1;
                continue;
            }
            plain.Append(Markup[i]);
        }
        var doc = new Doc(Title, plain.ToString(), Date) { Title = Headline };
        Tokens.Process(doc);
        foreach (var (start, end, label) in marks)
        {
            int first = -1, last = -1;
            for (int t = 0; t < doc.TokenCount; t++)
            {
                if (first < 0 && doc[t].End > start) first = t;
                if (doc[t].Start < end) last = t;
            }
            if (first < 0 || last < first || doc[first].Start != start || doc[last].End != end)
                throw new InvalidOperationException($"{Title}: [{doc.Text[start..end]}] does not fall on token boundaries");
            for (int t = first; t <= last; t++) doc.SetEntityTag(t, (t == first ? "B-" : "I-") + label);
            var span = doc.Slice(first, last - first + 1);
            doc.Entities.Add(new Mention(first, span.Count, span.StartChar, span.EndChar, label, span.Text));
        }
        doc.Layers |= Layers.Entities;
        return doc;
    }
}
