namespace Dyad.Merging;

/// <summary>Links near-duplicate articles (syndicated copies, one wire story on two sites) to the first copy seen.</summary>
/// <remarks>
/// Candidate pairs come from locality-sensitive hashing (the <see cref="MinHash.Bands"/> band keys of each signature, the
/// same keys the store keeps in <c>article_bands</c>), so the work grows with the number of articles, not its square; each
/// candidate pair is then checked against <see cref="Threshold"/>. In memory, for one run of <c>dyad code</c>.
/// </remarks>
public sealed class NearDuplicates
{
    /// <summary>The least estimated Jaccard similarity of five-word shingles for two articles to count as copies.</summary>
    /// <remarks>
    /// 0.8, the store's value since migration 2, so the links already in a database and new ones follow one rule: a copy
    /// with a new dateline or a reworded clause keeps most of its shingles, two reports of one event written separately
    /// share few (under 0.2 in the tests), and with 8 bands of 4 a pair at 0.8 becomes a candidate with probability above
    /// 0.99. The store (<c>SqlEventStore</c>) and <c>dyad code</c> both use this constant.
    /// </remarks>
    public const double Threshold = 0.8;

    private readonly List<(string Id, ulong[] Signature)> _seen = [];
    private readonly Dictionary<(int Band, long Key), List<int>> _buckets = [];
    private readonly Dictionary<string, string> _copyOf = new(StringComparer.Ordinal);

    /// <summary>Each article id added so far that copies an earlier one → the earliest copy's id (a copy of a copy goes to the first).</summary>
    public IReadOnlyDictionary<string, string> CopyOf => _copyOf;

    /// <summary>Adds an article; returns the id of an earlier near-duplicate and the estimated similarity, or null.</summary>
    /// <remarks>A text too short to compare (<see cref="MinHash.Signature"/> is null) is never linked.</remarks>
    public (string Id, double Similarity)? Add(string id, ReadOnlySpan<char> text)
    {
        if (MinHash.Signature(text) is not { } signature) return null;
        var keys = MinHash.BandKeys(signature);
        (string Id, double Similarity)? best = null;
        var checkedIds = new HashSet<int>();
        for (int band = 0; band < keys.Length; band++)
        {
            if (!_buckets.TryGetValue((band, keys[band]), out var bucket)) continue;
            foreach (var other in bucket)
            {
                if (!checkedIds.Add(other)) continue;
                double sim = MinHash.Similarity(signature, _seen[other].Signature);
                if (sim >= Threshold && (best is null || sim > best.Value.Similarity)) best = (_seen[other].Id, sim);
            }
        }
        if (best is { } found) _copyOf[id] = _copyOf.GetValueOrDefault(found.Id, found.Id);
        int index = _seen.Count;
        _seen.Add((id, signature));
        for (int band = 0; band < keys.Length; band++)
        {
            if (!_buckets.TryGetValue((band, keys[band]), out var bucket)) _buckets[(band, keys[band])] = bucket = [];
            bucket.Add(index);
        }
        return best;
    }

    /// <summary>For a batch, each article id that copies an earlier one → the earliest copy's id.</summary>
    public static Dictionary<string, string> Find(IEnumerable<(string Id, string Text)> articles)
    {
        var finder = new NearDuplicates();
        foreach (var (id, text) in articles) finder.Add(id, text);
        return finder._copyOf;
    }
}
