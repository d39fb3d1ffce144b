namespace Dyad.Entities;

/// <summary>One gold NER sentence: its words, IOB2 tags and, when the file has one, its sent_id.</summary>
internal sealed record NerSentence(string[] Words, string[] Tags, string? SentId)
{
    /// <summary>Sentences of one document share an index, so document-level features see their neighbours.</summary>
    public int Document { get; init; }

    /// <summary>The article the sentence belongs to, for the votes of a two-pass model (wikigold pools its casing but not its votes).</summary>
    public int Article { get; init; }

    /// <summary>Labels a first-pass model (trained without this sentence) gave it, read by two-pass training.</summary>
    public int[]? PassOne { get; set; }
}

/// <summary>Reads NER gold files: Universal NER's IOB2 (`index token tag - annotator`) and wikigold's IOB1.</summary>
internal static class NerCorpus
{
    public static List<NerSentence> ReadUner(string path)
    {
        using var reader = new StreamReader(path);
        return ReadUner(reader, path);
    }

    public static List<NerSentence> ReadUner(TextReader reader, string name = "input")
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        string? sentId = null;
        int document = 0;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal)) document++;
                const string key = "# sent_id = ";
                if (line.StartsWith(key, StringComparison.Ordinal)) sentId = line[key.Length..].Trim();
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3)
                throw new FormatException($"{name} line {lineNo}: expected `index token tag` columns, found {cols.Length}");
            words.Add(cols[1]);
            tags.Add(NormaliseTag(cols[2]));
        }
        Flush();
        return result;

        void Flush()
        {
            if (words.Count > 0) result.Add(new NerSentence([.. words], [.. tags], sentId) { Document = document, Article = document });
            words.Clear();
            tags.Clear();
            sentId = null;
        }
    }

    /// <summary>Reads wikigold (space-separated `token tag`, IOB1, -DOCSTART- lines); MISC becomes O.</summary>
    /// <remarks>
    /// Every sentence stays in document 0, so its document-casing features pool the whole corpus: numbering the
    /// articles apart (as UNER's are) lowered dev F1 from 72.4 to 70.4, teaching EWT's casing cues Wikipedia's habits.
    /// </remarks>
    public static List<NerSentence> ReadWikigold(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var raw = new List<string>();
        int article = -1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                if (line.Length > 0) article--;
                continue;
            }
            int sp = line.LastIndexOf(' ');
            if (sp <= 0) continue;
            words.Add(line[..sp]);
            raw.Add(line[(sp + 1)..]);
        }
        Flush();
        return result;

        void Flush()
        {
            if (words.Count == 0) return;
            var tags = new string[raw.Count];
            for (int i = 0; i < raw.Count; i++)
            {
                var t = NormaliseTag(raw[i]);
                if (t == "O") { tags[i] = t; continue; }
                var type = t[2..];
                bool begins = t[0] == 'B' || i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != type;
                tags[i] = (begins ? "B-" : "I-") + type;
            }
            result.Add(new NerSentence([.. words], tags, null) { Article = article });
            words.Clear();
            raw.Clear();
        }
    }

    /// <summary>Keeps B-/I- tags of PER, ORG and LOC; everything else (MISC, OTH, stray B-O) is O.</summary>
    public static string NormaliseTag(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return "O";
        return BilouLabels.TypeIndex(tag[2..]) >= 0 ? tag : "O";
    }
}
