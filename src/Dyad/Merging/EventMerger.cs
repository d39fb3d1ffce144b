using Dyad.Documents;

namespace Dyad.Merging;

/// <summary>Merges event mentions into events when they agree on date, directed dyad, CAMEO branch and place (<see cref="MergePolicy"/>), recording why.</summary>
/// <remarks>
/// Works inside one article and across articles; <c>copyOf</c> maps syndicated copies to their original so a wire story on
/// two sites counts as one article and one source. A mention with no target merges into an event that has one when
/// everything else agrees and exactly one such event is open: "police released the suspects" then "police released the
/// five suspects to their families" is one release, and the first report simply did not say whom. With two candidate
/// targets the mention stays apart, because choosing between them would invent a fact.
/// </remarks>
public sealed class EventMerger(MergePolicy? policy = null)
{
    private readonly MergePolicy _policy = policy ?? MergePolicy.Default;

    public MergePolicy Policy => _policy;

    public List<CodedEvent> Merge(IEnumerable<CodedEvent> events, IReadOnlyDictionary<string, string>? copyOf = null)
    {
        copyOf ??= new Dictionary<string, string>();
        // Events that name a target go first so target-less mentions find them whatever the text order.
        var ordered = events.Select((e, i) => (e, i)).OrderBy(x => x.e.Target is null ? 1 : 0).ThenBy(x => x.i).Select(x => x.e);
        var merged = new List<CodedEvent>();
        foreach (var e in ordered)
        {
            // Of several events that agree, the nearest in date takes the mention (the earliest on a tie), as in the store.
            var matches = new List<int>();
            int best = -1, bestDays = int.MaxValue;
            string why = "";
            for (int k = 0; k < merged.Count; k++)
                if (_policy.Agrees(merged[k], e, out var reason, copyOf))
                {
                    matches.Add(k);
                    int days = Math.Abs(merged[k].Date.DayNumber - e.Date.DayNumber);
                    if (days < bestDays) (best, bestDays, why) = (k, days, reason);
                }
            if (e.Target is null && matches.Select(k => merged[k].Target?.Code ?? merged[k].Target?.Name).Distinct().Count() > 1)
                best = -1;
            if (best < 0) merged.Add(Count(e, copyOf));
            else merged[best] = Combine(merged[best], e, why, copyOf);
        }
        return merged;
    }

    /// <summary>Folds <paramref name="b"/> into <paramref name="a"/>; <paramref name="why"/> is the reason the policy gave for the pair.</summary>
    private static CodedEvent Combine(CodedEvent a, CodedEvent b, string why, IReadOnlyDictionary<string, string> copyOf)
    {
        var mentions = a.Mentions.Concat(b.Mentions).DistinctBy(m => (m.ArticleId, m.Sentence)).ToList();
        var first = b.Mentions.FirstOrDefault();
        var reason = first is null ? why : $"{first.ArticleId}#{first.Sentence}: {why}";
        var merged = MergePolicy.Combine(a, b) with
        {
            Mentions = mentions,
            MergeReasons = [.. a.MergeReasons, .. b.MergeReasons, reason],
        };
        return Count(merged, copyOf);
    }

    /// <summary>Sets the article and source counts, counting a syndicated copy as its original.</summary>
    private static CodedEvent Count(CodedEvent e, IReadOnlyDictionary<string, string> copyOf)
    {
        var articles = e.Mentions.Select(m => copyOf.GetValueOrDefault(m.ArticleId, m.ArticleId)).Distinct().Count();
        // A copy is not an independent source when its original is among the mentions.
        var ids = e.Mentions.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
        var sources = e.Mentions.Where(m => !copyOf.TryGetValue(m.ArticleId, out var original) || !ids.Contains(original))
            .Select(m => m.Source ?? m.ArticleId).Distinct().Count();
        return e with { NumArticles = Math.Max(1, articles), NumSources = Math.Max(1, sources) };
    }
}
