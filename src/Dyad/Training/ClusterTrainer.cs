using System.Globalization;
using System.Text;
using Dyad.Documents;
using Dyad.Tokenization;

namespace Dyad.Training;

/// <summary>Word classes from unlabelled text by the exchange algorithm (Kneser and Ney 1993) on the two-sided class bigram, at several granularities.</summary>
/// <remarks>
/// Each line of text is tokenized by Dyad's own <see cref="Tokenizer"/> and lower-cased, so the classes key the forms the
/// parser sees. Words seen at least <see cref="MinCount"/> times are clustered; rarer ones share one fixed class, and line
/// ends another, neither of which moves. Brown et al.'s objective (the class bigram's likelihood) is improved by moving one
/// word at a time to its best class (<see cref="ExchangeClustering"/>); every run is a function of the text and the seed.
/// </remarks>
internal sealed class ClusterTrainer
{
    public int MinCount { get; init; } = 3;
    public int Seed { get; init; } = 1;
    public int MaxIterations { get; init; } = 15;
    public Action<string>? Log { get; init; }

    /// <summary>Tokenizes the lines into word ids (0: line end, 1: a rare word, 2…: words by falling count) and the words themselves.</summary>
    public (int[] Tokens, string[] Words, long[] Counts) Read(IEnumerable<string> lines)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var raw = new List<int>();
        var tokenizer = new Tokenizer();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var doc = new Doc("text", line);
            tokenizer.Process(doc);
            for (int i = 0; i < doc.TokenCount; i++)
            {
                var form = doc[i].Span.ToString().ToLowerInvariant();
                if (!ids.TryGetValue(form, out int id))
                {
                    id = ids.Count;
                    ids[form] = id;
                    counts.Add(0);
                }
                counts[id]++;
                raw.Add(id);
            }
            raw.Add(-1);
        }
        // Kept words by falling count, ties in ordinal order, so ids do not depend on the order files were read in.
        var kept = ids.Where(e => counts[e.Value] >= MinCount).OrderByDescending(e => counts[e.Value]).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray();
        var map = Enumerable.Repeat(1, ids.Count).ToArray();
        for (int k = 0; k < kept.Length; k++) map[kept[k].Value] = k + 2;
        var tokens = new int[raw.Count + 1];
        for (int i = 0; i < raw.Count; i++) tokens[i + 1] = raw[i] < 0 ? 0 : map[raw[i]];
        Log?.Invoke($"clusters: {raw.Count - tokens.Count(t => t == 0) + 1:N0} tokens, {ids.Count:N0} forms, {kept.Length:N0} seen at least {MinCount} times");
        return (tokens, [.. kept.Select(e => e.Key)], [.. kept.Select(e => counts[e.Value])]);
    }

    /// <summary>The classes of each kept word at each granularity: result[g][w] for word w (0-based, as in <c>Words</c>).</summary>
    public int[][] Train(int[] tokens, int wordCount, IReadOnlyList<int> sizes)
    {
        var bigrams = new WordBigrams(tokens, wordCount + 2);
        var result = new int[sizes.Count][];
        for (int g = 0; g < sizes.Count; g++)
        {
            var clustering = new ExchangeClustering(bigrams, sizes[g], Seed);
            clustering.Run(MaxIterations, Log);
            result[g] = clustering.Classes();
        }
        return result;
    }

    /// <summary>Writes the file <see cref="Dyad.Parsing.WordClusters.ReadText"/> reads: the granularities, then one word a line, most frequent first.</summary>
    public static void Write(string path, string[] words, IReadOnlyList<int> sizes, int[][] classes, string recipe)
    {
        var text = new StringBuilder();
        text.Append("# dyad word clusters: ").Append(recipe).Append('\n');
        text.Append("# classes ").AppendJoin(' ', sizes).Append('\n');
        for (int w = 0; w < words.Length; w++)
        {
            // A form with a tab or line break cannot be a token, but the file format must not depend on that.
            if (words[w].AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) continue;
            text.Append(words[w]);
            for (int g = 0; g < sizes.Count; g++) text.Append('\t').Append(classes[g][w].ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
