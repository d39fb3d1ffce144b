using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>
/// What a first tagging pass called each word across one document (PER, ORG, LOC or nothing): the second pass's
/// "extended prediction history" (Ratinov and Roth 2009), so "Google" missed in one sentence of a review can
/// learn from the six sentences where it was found, and a name the first pass typed both ways is weighed.
/// </summary>
internal sealed class DocVotes
{
    private const int Kinds = 4;
    private const int Outside = 3;
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public DocVotes() => _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forgets every vote, keeping the table's capacity for the next document.</summary>
    public void Clear() => _counts.Clear();

    /// <summary>The vote kind of a BILOU label: its type (0–2) or 3 outside any entity.</summary>
    public static int KindOf(int label) => label == BilouLabels.O ? Outside : BilouLabels.Type(label);

    /// <summary>Adds one sentence's first-pass labels.</summary>
    public void Add<TWords>(TWords words, ReadOnlySpan<int> labels) where TWords : IWordSource
    {
        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < words.Count; i++)
        {
            var w = words.Word(i);
            if (!Counted(w) || w.Length > buffer.Length) continue;
            w.ToLowerInvariant(buffer);
            var key = buffer[..w.Length];
            if (!_lookup.TryGetValue(key, out var c)) _counts[key.ToString()] = c = new int[Kinds];
            c[KindOf(labels[i])]++;
        }
    }

    /// <summary>Only words that could be names are counted: letters first, two characters or more.</summary>
    private static bool Counted(ReadOnlySpan<char> w) => w.Length >= 2 && char.IsLetter(w[0]);

    /// <summary>
    /// Adds the vote features of one word whose own first-pass kind is <paramref name="self"/> (left out of the
    /// counts): for each kind the other occurrences took, whether it was all, at least half, or some of them.
    /// </summary>
    public int Features(ReadOnlySpan<char> word, ReadOnlySpan<char> lower, int self, int cap, Span<ulong> f, int k)
    {
        if (!Counted(word) || !_lookup.TryGetValue(lower, out var c)) return k;
        int others = c[0] + c[1] + c[2] + c[3] - 1;
        if (others <= 0) return k;
        for (int t = 0; t < Kinds; t++)
        {
            int n = c[t] - (t == self ? 1 : 0);
            if (n <= 0) continue;
            int bucket = n == others ? 2 : 2 * n >= others ? 1 : 0;
            f[k++] = FeatureHash.Of(95, (ulong)(t * 3 + bucket));
            f[k++] = FeatureHash.Of(96, (ulong)(t * 3 + bucket), (ulong)cap);
        }
        return k;
    }
}
