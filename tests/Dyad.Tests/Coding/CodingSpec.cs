using Dyad.Documents;

namespace Dyad.Tests.Coding;

/// <summary>One expectation of a spec record: an event that must (or must not) be coded.</summary>
internal sealed record SpecExpectation(bool MustNot, string Source, string Code, string Target, EventMode? Mode, string? Speaker, string Line, int? Mentions = null)
{
    public bool Matches(CodedEvent e) =>
        (Mentions is null || e.Mentions.Count == Mentions)
        && (Source == "-" ? e.Source is null : e.Source?.Code == Source)
        && e.Code == Code
        && (Target == "-" ? e.Target is null : e.Target?.Code == Target)
        && (Mode is null || e.Mode == Mode)
        && (Speaker is null || (e.Speaker?.Contains(Speaker, StringComparison.OrdinalIgnoreCase) ?? false));
}

/// <summary>A spec record: a sentence, its hand-made parse, and what the coder must and must not find.</summary>
internal sealed record CodingSpec(string File, int Line, string Text, List<string> Words, List<SpecExpectation> Expectations, bool ExpectNone)
{
    public override string ToString() => $"{File}:{Line} {Text}";

    /// <summary>The marker between sentences in <see cref="Words"/> when a record holds several ("&gt;&gt; next sentence").</summary>
    public const string SentenceBreak = "//";

    /// <summary>The word lines of each sentence of the record.</summary>
    public IEnumerable<List<string>> Sentences()
    {
        var current = new List<string>();
        foreach (var w in Words)
        {
            if (w == SentenceBreak) { yield return current; current = []; }
            else current.Add(w);
        }
        yield return current;
    }

    /// <summary>Reads a spec file: "&gt; sentence", word lines, "&gt;&gt; next sentence of the same article", "= SRC CODE TGT [mode] [speaker=Name] [mentions=N]", "! …", "= none".</summary>
    public static IEnumerable<CodingSpec> ReadFile(string path)
    {
        CodingSpec? current = null;
        int lineNo = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith(">>", StringComparison.Ordinal) && current is not null)
            {
                current.Words.Add(SentenceBreak);
                current = current with { Text = current.Text + " " + line[2..].Trim() };
                continue;
            }
            if (line.StartsWith('>'))
            {
                if (current is not null) yield return current;
                current = new CodingSpec(Path.GetFileName(path), lineNo, line[1..].Trim(), [], [], false);
                continue;
            }
            if (current is null) throw new FormatException($"{path}:{lineNo}: a record starts with '> sentence'");
            if (line == "= none") { current = current with { ExpectNone = true }; continue; }
            if (line[0] is '=' or '!') { current.Expectations.Add(Expectation(line, lineNo, path)); continue; }
            current.Words.Add(line);
        }
        if (current is not null) yield return current;
    }

    private static SpecExpectation Expectation(string line, int lineNo, string path)
    {
        var parts = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) throw new FormatException($"{path}:{lineNo}: expected 'SOURCE CODE TARGET'");
        EventMode? mode = null;
        string? speaker = null;
        int? mentions = null;
        foreach (var p in parts.Skip(3))
        {
            if (p.StartsWith("speaker=", StringComparison.Ordinal)) speaker = p[8..].Replace('_', ' ');
            else if (p.StartsWith("mentions=", StringComparison.Ordinal)) mentions = int.Parse(p[9..], System.Globalization.CultureInfo.InvariantCulture);
            else mode = Enum.Parse<EventMode>(p, ignoreCase: true);
        }
        return new SpecExpectation(line[0] == '!', parts[0], parts[1], parts[2], mode ?? (line[0] == '=' ? EventMode.Asserted : null), speaker, line, mentions);
    }
}
