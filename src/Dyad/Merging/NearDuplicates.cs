namespace Dyad.Merging;

/// <summary>Links near-duplicate articles (syndicated copies, one wire story on two sites) to the first copy seen.</summary>
/// <remarks>
/// Candidate pairs come from locality-sensitive hashing (<see cref="Bands"/> bands of the MinHash signature), so the work
/// grows with the number of articles, not its square; each candidate pair is then checked against <see cref="Threshold"/>.
/// </remarks>
public sealed class NearDuplicates(double threshold = NearDuplicates.DefaultThreshold)
{
    public const double DefaultThreshold = 0.7;
    private const int Bands = 32;
    private const int Rows = MinHash.Size / Bands;

    private readonly List<(string Id, ulong[] Signature)> _seen = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];

    public double Threshold => threshold;

    /// <summary>Adds an article; returns the id of an earlier near-duplicate and the estimated similarity, or null.</summary>
    public (string Id, double Similarity)? Add(string id, ReadOnlySpan<char> text)
    {
        var signature = MinHash.Signature(text);
        (string Id, double Similarity)? best = null;
        var checkedIds = new HashSet<int>();
        for (int band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue((band, key), out var bucket)) continue;
            foreach (var other in bucket)
            {
                if (!checkedIds.Add(other)) continue;
                double sim = MinHash.Similarity(signature, _seen[other].Signature);
                if (sim >= threshold && (best is null || sim > best.Value.Similarity)) best = (_seen[other].Id, sim);
            }
        }
        int index = _seen.Count;
        _seen.Add((id, signature));
        for (int band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue((band, key), out var bucket)) _buckets[(band, key)] = bucket = [];
            bucket.Add(index);
        }
        return best;
    }

    /// <summary>For a batch, each article id that copies an earlier one → the earliest copy's id.</summary>
    public static Dictionary<string, string> Find(IEnumerable<(string Id, string Text)> articles, double threshold = DefaultThreshold)
    {
        var finder = new NearDuplicates(threshold);
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in articles)
            if (finder.Add(id, text) is { } dup) copyOf[id] = copyOf.GetValueOrDefault(dup.Id, dup.Id);
        return copyOf;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        ulong h = 1469598103934665603UL;
        for (int r = 0; r < Rows; r++) h = (h ^ signature[band * Rows + r]) * 1099511628211UL;
        return h;
    }
}
