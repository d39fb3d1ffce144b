namespace Dyad.Coding;

/// <summary>A verb synonym block: its name, default code and the patterns its verbs share.</summary>
internal sealed class VerbBlock
{
    public required string Name { get; init; }
    public string? Code { get; init; }
    public string? Reverse { get; init; }
    public List<VerbPattern> Patterns { get; } = [];

    /// <summary>Patterns keyed by the words that can anchor them, so only plausible ones are tried.</summary>
    public Dictionary<string, VerbPattern[]> ByAnchor { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Patterns with no word at all (such as "% *"), always tried.</summary>
    public VerbPattern[] Unanchored { get; private set; } = [];

    public void Index()
    {
        var map = new Dictionary<string, List<VerbPattern>>(StringComparer.OrdinalIgnoreCase);
        var free = new List<VerbPattern>();
        foreach (var p in Patterns)
        {
            bool any = false;
            foreach (var w in p.AnchorWords().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                any = true;
                if (!map.TryGetValue(w, out var list)) map[w] = list = [];
                list.Add(p);
            }
            if (!any) free.Add(p);
        }
        ByAnchor = map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        Unanchored = [.. free];
    }
}

/// <summary>One verb of a block: its lemma, the particle words a multi-word verb needs, and its own code.</summary>
internal sealed class VerbEntry
{
    public required string Lemma { get; init; }
    public string[] Rest { get; init; } = [];
    public string? Code { get; init; }
    public string? Reverse { get; init; }
    /// <summary>The verb's line says "[---]": alone it is no event, only its block's patterns code it ("HOLD [---]" in CONFINE [170]).</summary>
    public bool NoEvent { get; init; }
    public required VerbBlock Block { get; init; }
    /// <summary>The code the verb gives when no pattern matches: its own, else its block's unless it says "[---]".</summary>
    public string? DefaultCode => Code ?? (NoEvent ? null : Block.Code);
    /// <summary>The paired code that goes with <see cref="DefaultCode"/>.</summary>
    public string? DefaultReverse => Code is not null ? Reverse : NoEvent ? null : Block.Reverse;
    public string Display => Rest.Length == 0 ? Lemma : Lemma + " " + string.Join(' ', Rest);
}

/// <summary>The compiled verb dictionary: verbs by lemma (and irregular form), each with its block's patterns.</summary>
/// <remarks>Immutable after compilation and safe to share across threads.</remarks>
public sealed class VerbDictionary
{
    internal VerbDictionary(string name, Dictionary<string, VerbEntry[]> byLemma, int patternCount, int blockCount)
    {
        Name = name;
        ByLemma = byLemma;
        PatternCount = patternCount;
        BlockCount = blockCount;
    }

    /// <summary>The file the dictionary was compiled from, recorded in every rule.</summary>
    public string Name { get; }
    public int PatternCount { get; }
    public int BlockCount { get; }
    public int VerbCount => ByLemma.Count;
    internal Dictionary<string, VerbEntry[]> ByLemma { get; }

    internal bool TryGet(string? word, out VerbEntry[] entries)
    {
        if (word is not null && ByLemma.TryGetValue(word, out entries!)) return true;
        entries = [];
        return false;
    }

    /// <summary>Reads a PETRARCH-format verb dictionary file.</summary>
    public static VerbDictionary Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"verb dictionary not found: {path}", path);
        using var r = new StreamReader(path);
        return VerbDictionaryReader.Read(r, Path.GetFileName(path));
    }

    /// <summary>Loads the shipped CAMEO verb dictionary (data/verbs-cameo.txt).</summary>
    public static VerbDictionary LoadDefault() => Load(Path.Combine(Processing.ProjectPaths.Data, "verbs-cameo.txt"));
}
