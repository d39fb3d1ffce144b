namespace Dyad.Coding;

/// <summary>Parses the PETRARCH verb dictionary format: synsets (&amp;NAME, +phrase), blocks (--- NAME [code] ---), verbs and patterns.</summary>
/// <remarks>Format: PETRARCH2 docs/dictionaries.rst; codes "[a:b]" are TABARI paired events, "[---]" is no event.</remarks>
internal static class VerbDictionaryReader
{
    public static VerbDictionary Read(TextReader reader, string name)
    {
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        var pending = new List<(VerbBlock Block, string Body, string? Code, string? Reverse, int Line, string Text)>();
        var byLemma = new Dictionary<string, List<VerbEntry>>(StringComparer.OrdinalIgnoreCase);
        var blocks = new List<VerbBlock>();
        VerbBlock? block = null;
        List<string[]>? synset = null;
        string? raw;
        int lineNo = 0;
        bool inXmlComment = false;
        while ((raw = reader.ReadLine()) is not null)
        {
            lineNo++;
            var line = StripComments(raw, ref inXmlComment);
            if (line.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal)) break;
            if (line.Length == 0) { synset = null; continue; }
            if (line[0] == '~') continue;
            if (line[0] == '&')
            {
                var label = line.Split(' ', 2)[0][1..].TrimEnd('_');
                synsets[label] = synset = [];
                block = null;
                continue;
            }
            if (synset is not null && line[0] == '+')
            {
                synset.Add(Words(line[1..]));
                continue;
            }
            synset = null;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var inner = line.Trim('-', ' ');
                var (code, reverse, rest) = TakeCode(inner);
                block = new VerbBlock { Name = rest.Trim(), Code = code, Reverse = reverse };
                blocks.Add(block);
                continue;
            }
            if (block is null) continue;
            if (line[0] is '-' or '*')
            {
                var (code, reverse, body) = TakeCode(line[0] == '-' ? line[1..] : line);
                pending.Add((block, body, code, reverse, lineNo, line));
                continue;
            }
            AddVerb(line, block, byLemma);
        }

        int id = 0, patterns = 0;
        foreach (var (b, body, code, reverse, ln, text) in pending)
        {
            var parsed = PatternParser.TryParse(body, synsets, out var pre, out var post);
            if (!parsed || (code is null && reverse is null)) continue;
            b.Patterns.Add(new VerbPattern { Id = id++, Pre = pre, Post = post, Code = code, Reverse = reverse, Text = text, Line = ln });
            patterns++;
        }
        foreach (var b in blocks) b.Index();
        return new VerbDictionary(name, byLemma.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase), patterns, blocks.Count);
    }

    private static void AddVerb(string line, VerbBlock block, Dictionary<string, List<VerbEntry>> byLemma)
    {
        var (code, reverse, body) = TakeCode(line);
        string forms = "";
        int brace = body.IndexOf('{');
        if (brace >= 0)
        {
            int close = body.IndexOf('}', brace);
            forms = close > brace ? body[(brace + 1)..close] : body[(brace + 1)..];
            body = body[..brace];
        }
        var head = body.Trim().TrimStart('+');
        if (head.Length == 0) return;
        var words = Words(head);
        if (words.Length == 0) return;
        // "HOLD [---]" in CONFINE [170]: the verb's own "no event" overrides the block's code (PETRARCH's null code).
        bool noEvent = code is null && reverse is null && line.Contains("[---]", StringComparison.Ordinal);
        var entry = new VerbEntry { Lemma = words[0], Rest = words[1..], Code = code, Reverse = reverse, NoEvent = noEvent, Block = block };
        Add(byLemma, words[0], entry);
        // Parsers' lemmas are not always right ("welcomed" → "welcom"), so regular inflections index the entry too.
        if (forms.Length == 0)
            foreach (var f in RegularForms(words[0])) Add(byLemma, f, entry);
        // Irregular forms index the same entry, so a token whose lemma is missing still finds its verb.
        foreach (var f in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fw = Words(f.TrimStart('+'));
            if (fw.Length > 0 && !fw[0].Equals(words[0], StringComparison.OrdinalIgnoreCase)) Add(byLemma, fw[0], entry);
        }
    }

    /// <summary>Regular English inflections of a verb: -s/-es, -ed/-d, -ing (with the final e dropped or consonant doubled).</summary>
    internal static IEnumerable<string> RegularForms(string v)
    {
        if (v.Length < 2) yield break;
        char last = v[^1];
        bool vowelY = v.EndsWith('y') && v.Length > 2 && !"aeiou".Contains(v[^2]);
        yield return vowelY ? v[..^1] + "ies" : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith("ch") || v.EndsWith("sh") ? v + "es" : v + "s";
        if (last == 'e') { yield return v + "d"; yield return v[..^1] + "ing"; yield break; }
        yield return vowelY ? v[..^1] + "ied" : v + "ed";
        yield return v + "ing";
        // Doubled final consonant ("stop" → "stopped"); harmless when the verb does not double.
        if (!"aeiouwxy".Contains(last) && "aeiou".Contains(v[^2]) && (v.Length < 3 || !"aeiou".Contains(v[^3])))
        {
            yield return v + last + "ed";
            yield return v + last + "ing";
        }
    }

    private static void Add(Dictionary<string, List<VerbEntry>> map, string key, VerbEntry e)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(e)) list.Add(e);
    }

    /// <summary>Splits "CEASE_FIRE" or "ARMED FORCES" into lower-case words; a trailing "_" (no plural) is dropped.</summary>
    internal static string[] Words(string s) =>
        s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant()).ToArray();

    /// <summary>Takes the last "[code]" or "[code:reverse]" off a line; "---" means no event.</summary>
    internal static (string? Code, string? Reverse, string Body) TakeCode(string line)
    {
        int open = line.LastIndexOf('[');
        int close = open >= 0 ? line.IndexOf(']', open) : -1;
        if (open < 0 || close < 0) return (null, null, line);
        var inside = line[(open + 1)..close].Trim();
        var rest = line[..open] + line[(close + 1)..];
        var parts = inside.Split(':');
        string? Norm(string s) => s.Trim() is var t && (t.Length == 0 || t == "---") ? null : t;
        return (Norm(parts[0]), parts.Length > 1 ? Norm(parts[1]) : null, rest);
    }

    private static string StripComments(string raw, ref bool inXml)
    {
        var line = raw;
        if (inXml)
        {
            int end = line.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0) return "";
            line = line[(end + 3)..];
            inXml = false;
        }
        int open;
        while ((open = line.IndexOf("<!--", StringComparison.Ordinal)) >= 0)
        {
            int end = line.IndexOf("-->", open, StringComparison.Ordinal);
            if (end < 0) { line = line[..open]; inXml = true; break; }
            line = line[..open] + line[(end + 3)..];
        }
        if (line.StartsWith('#')) return "";
        int hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        int semi = line.IndexOf(';');
        if (semi >= 0) line = line[..semi];
        return line.Trim();
    }
}
