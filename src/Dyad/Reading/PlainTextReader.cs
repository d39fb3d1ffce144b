using System.Text;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>Finds the articles in scraped plain text and strips their boilerplate (repeated titles, captions, credits, stray tokens).</summary>
/// <remarks>
/// A new article starts at a headline that follows a body paragraph and either comes after two or more blank
/// lines or is repeated within the next few lines (scrapers print the title twice). Inside an article, a line
/// is dropped when it repeats the title, is a stray token, ends in a parenthesised credit, is a known phrase
/// ("Advertisement"), is a byline or date line before the body, or is a short line that occurs more than once;
/// a repeated full paragraph keeps its first occurrence.
/// </remarks>
public static class PlainTextReader
{
    private const int RepeatWindow = 15;

    /// <summary>The articles in <paramref name="text"/> (already decoded and cleaned), in file order.</summary>
    public static IEnumerable<Article> Read(string text)
    {
        var lines = text.Split('\n');
        // Each line becomes its own key (trimmed, inner whitespace collapsed) once, so comparisons below are plain equality.
        for (var i = 0; i < lines.Length; i++) lines[i] = LineKind.Key(lines[i]);
        foreach (var (start, end) in Segment(lines))
            if (Extract(lines.AsSpan(start, end - start)) is { } article) yield return article;
    }

    private static List<(int Start, int End)> Segment(string[] lines)
    {
        var segments = new List<(int, int)>();
        var start = Array.FindIndex(lines, l => l.Length > 0);
        if (start < 0) return segments;
        var title = IsTitle(lines, start) ? lines[start] : null;
        var bodySeen = false;
        var blankRun = 0;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) { blankRun++; continue; }
            var key = line;
            if (bodySeen && key != title && IsTitle(lines, i)
                && (blankRun >= 2 || (LineKind.Words(line) >= 3 && RepeatsSoon(lines, i, key))))
            {
                segments.Add((start, i));
                (start, title, bodySeen) = (i, key, false);
            }
            else if (LineKind.IsBody(line)) bodySeen = true;
            blankRun = 0;
        }
        segments.Add((start, lines.Length));
        return segments;
    }

    /// <summary>A heading that is not the first half of a hard-wrapped sentence.</summary>
    private static bool IsTitle(ReadOnlySpan<string> lines, int at) =>
        LineKind.IsHeading(lines[at]) && (at + 1 >= lines.Length || !LineKind.Continues(lines[at], lines[at + 1]));

    private static bool RepeatsSoon(string[] lines, int at, string key)
    {
        for (var j = at + 1; j < lines.Length && j <= at + RepeatWindow; j++)
            if (lines[j] == key) return true;
        return false;
    }

    private static Article? Extract(ReadOnlySpan<string> lines)
    {
        var first = 0;
        while (first < lines.Length && lines[first].Length == 0) first++;
        if (first == lines.Length) return null;
        string? title = IsTitle(lines, first) ? lines[first] : null;
        var counts = new Dictionary<string, int>();
        foreach (var line in lines)
            if (line.Length > 0) counts[line] = counts.GetValueOrDefault(line) + 1;

        var paragraphs = new List<string>();
        var dropped = new List<string>();
        var keptBody = new HashSet<string>();
        var current = new StringBuilder();
        string? previous = null;
        DateOnly? published = null;
        var inHeader = true;
        for (var i = title is null ? first : first + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) { Flush(); continue; }
            var key = line;
            var drop = key == title || LineKind.IsStray(line) || LineKind.IsCaptionWithCredit(line) || LineKind.IsBoilerplatePhrase(line)
                || (inHeader && LineKind.IsByline(line))
                || (counts[key] > 1 && !(LineKind.IsBody(line) && keptBody.Add(key)));
            if (!drop && inHeader && LineKind.AsDateLine(line) is { } date)
            {
                published ??= date;
                drop = true;
            }
            if (drop)
            {
                Flush();
                if (!dropped.Contains(key)) dropped.Add(key);
                continue;
            }
            if (previous is not null && !LineKind.Continues(previous, line)) Flush();
            if (current.Length > 0) current.Append(' ');
            current.Append(key);
            previous = line;
            if (LineKind.IsBody(line)) inHeader = false;
        }
        Flush();
        if (paragraphs.Count == 0) return null;
        var text = string.Join("\n\n", paragraphs);
        return new Article(ArticleId.From(null, text), title, published, null, null, text, dropped);

        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current.ToString());
            current.Clear();
            previous = null;
        }
    }
}
