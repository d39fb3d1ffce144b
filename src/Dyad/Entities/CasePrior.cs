namespace Dyad.Entities;

/// <summary>How often each word is capitalised away from the start of a sentence: the cue for sentence-initial and lower-case text.</summary>
internal sealed class CasePrior
{
    private readonly Dictionary<string, byte> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CasePrior() => _lookup = _buckets.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _buckets.Count;

    /// <summary>0 unknown, 1 almost always lower case, 2 either, 3 almost always capitalised.</summary>
    public int Of(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out var b) ? b : 0;

    /// <summary>Counts non-initial occurrences; words seen fewer than <paramref name="minCount"/> times stay unknown.</summary>
    public static CasePrior Learn(IEnumerable<string[]> sentences, int minCount = 2)
    {
        var counts = new Dictionary<string, (int Cap, int All)>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                var key = w.ToLowerInvariant();
                var (cap, all) = counts.GetValueOrDefault(key);
                counts[key] = (cap + (char.IsUpper(w[0]) ? 1 : 0), all + 1);
            }
        }
        var prior = new CasePrior();
        foreach (var (word, (cap, all)) in counts)
        {
            if (all < minCount) continue;
            double r = (double)cap / all;
            prior._buckets[word] = (byte)(r < 0.1 ? 1 : r > 0.7 ? 3 : 2);
        }
        return prior;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_buckets.Count);
        foreach (var (word, b) in _buckets.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(b);
        }
    }

    public static CasePrior Read(BinaryReader r)
    {
        var p = new CasePrior();
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++)
        {
            var word = r.ReadString();
            p._buckets[word] = r.ReadByte();
        }
        return p;
    }
}
