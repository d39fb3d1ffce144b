using System.Globalization;

namespace Dyad.Formats;

/// <summary>Streams CoNLL-U sentences from a reader; empty-node lines (ID with a dot) are skipped.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var current = new ConlluSentence();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (current.Words.Count > 0) yield return current;
                current = new ConlluSentence();
                continue;
            }
            if (line[0] == '#')
            {
                current.Comments.Add(line);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 2)
                throw new FormatException($"CoNLL-U line {lineNo}: expected tab-separated columns");
            var id = cols[0];
            if (id.Contains('.')) continue;
            string Col(int i) => i < cols.Length ? cols[i] : "_";
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                current.Ranges.Add(new ConlluRange(ParseInt(id[..dash], lineNo), ParseInt(id[(dash + 1)..], lineNo), cols[1], Col(9)));
                continue;
            }
            var head = Col(6);
            current.Words.Add(new ConlluWord(
                ParseInt(id, lineNo), cols[1], Col(2), Col(3), Col(4), Col(5),
                head == "_" ? -1 : ParseInt(head, lineNo), Col(7), Col(9)));
        }
        if (current.Words.Count > 0) yield return current;
    }

    private static int ParseInt(string s, int lineNo) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new FormatException($"CoNLL-U line {lineNo}: '{s}' is not a word index");
}
