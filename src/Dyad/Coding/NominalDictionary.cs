namespace Dyad.Coding;

/// <summary>One event noun: its code and how its phrases map to roles.</summary>
internal sealed record NominalEntry(string Lemma, string Code, string[] Needs, bool OfIsSource, bool PossIsTarget, bool Pair, int Line);

/// <summary>The nominal event dictionary (data/verbs-nominal.txt): nouns that report events, keyed by lemma.</summary>
/// <remarks>Immutable after loading and safe to share across threads.</remarks>
public sealed class NominalDictionary
{
    internal NominalDictionary(string name, Dictionary<string, NominalEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    public string Name { get; }
    public int Count => Entries.Count;
    internal Dictionary<string, NominalEntry> Entries { get; }

    /// <summary>An empty dictionary, for coding with verbs only (as the PETRARCH suite does).</summary>
    public static NominalDictionary Empty { get; } = new("none", new(StringComparer.OrdinalIgnoreCase));

    public static NominalDictionary LoadDefault() => Load(Path.Combine(Processing.ProjectPaths.Data, "verbs-nominal.txt"));

    public static NominalDictionary Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"nominal dictionary not found: {path}", path);
        using var r = new StreamReader(path);
        return Read(r, Path.GetFileName(path));
    }

    public static NominalDictionary Read(TextReader reader, string name)
    {
        var map = new Dictionary<string, NominalEntry>(StringComparer.OrdinalIgnoreCase);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            var (code, _, rest) = VerbDictionaryReader.TakeCode(line);
            var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (code is null || parts.Length == 0)
                throw new FormatException($"{name} line {lineNo}: expected 'LEMMA [CODE] options'");
            string[] needs = [];
            bool ofSource = false, possTarget = false, pair = false;
            foreach (var opt in parts.Skip(1))
            {
                if (opt.StartsWith("needs=", StringComparison.Ordinal))
                    needs = opt[6..].Split(',', StringSplitOptions.RemoveEmptyEntries);
                else if (opt == "of=source") ofSource = true;
                else if (opt == "poss=target") possTarget = true;
                else if (opt == "pair") pair = true;
                else throw new FormatException($"{name} line {lineNo}: unknown option '{opt}'");
            }
            var lemma = parts[0].ToLowerInvariant();
            map[lemma] = new NominalEntry(lemma, code, needs, ofSource, possTarget, pair, lineNo);
        }
        return new NominalDictionary(name, map);
    }
}
