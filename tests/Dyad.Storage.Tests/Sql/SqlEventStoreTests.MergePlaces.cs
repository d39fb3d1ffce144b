using Dyad.Documents;
using Dyad.Merging;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

/// <summary>The store's cross-article merge compares places by <see cref="MergePolicy.PlacesAgree"/>, as <see cref="EventMerger"/> does.</summary>
public sealed partial class SqlEventStoreTests
{
    private static readonly Place Iraq = new("Iraq", -1, -1, "Iraq", "IQ", null, 33.0, 43.75, 99237, PlacePrecision.Country);
    private static readonly Place Iran = new("Iran", -1, -1, "Iran", "IR", null, 32.0, 53.0, 130758, PlacePrecision.Country);

    /// <summary>Place pairs (stored first, incoming second), each on its own dyad so they cannot meet, and whether they are one event.</summary>
    private static readonly (string Target, Place? Stored, Place? Incoming, bool Merge)[] PlacePairs =
    [
        ("USAGOV", Iraq, Basra, true),      // "in Iraq" does not contradict "in Basra" (480 km from Iraq's centre)
        ("GBRGOV", Basra, Iraq, true),
        ("FRAGOV", Iraq, Iran, false),      // two countries
        ("DEUGOV", Baghdad, null, true),    // a report that names no place
        ("TURGOV", null, Baghdad, true),
        ("EGYGOV", Baghdad, Basra, false),  // two cities 450 km apart
        ("JORGOV", null, null, true),
    ];

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_PlacePairs_MergeExactlyWhenTheEngineMergerDoes(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        var engineMerges = new List<bool>();
        foreach (var (target, stored, incoming, _) in PlacePairs)
        {
            var a = Article($"a-{target}", "Iraq's government met the delegation.", source: "one.example");
            var b = Article($"b-{target}", "The delegation met Iraqi officials.", source: "two.example");
            var first = Event(a, "040", "IRQGOV", target, place: stored);
            var second = Event(b, "040", "IRQGOV", target, place: incoming);
            engineMerges.Add(new EventMerger().Merge([first, second]).Count == 1);
            await store.SaveBatchAsync([Processed(a, first)]);
            await store.SaveBatchAsync([Processed(b, second)]);
        }

        await AssertMergesAsync(store, [.. PlacePairs.Select(p => (p.Target, p.Merge))], engineMerges);
        var country = Assert.Single((await store.QueryEventsAsync(new EventQuery { Target = "USAGOV" })).Items);
        Assert.EndsWith("places in the same country (IQ)", Assert.Single(country.MergeReasons));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_UnplacedEventJoinedByPlacedReport_TakesThePlaceAndKeepsFarReportsApart(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        var a = Article("a1", "Iraqi police arrested the protesters.");
        var b = Article("b1", "Police arrested protesters in Baghdad.");
        var c = Article("c1", "Police arrested protesters in Basra.");
        var events = new[] { Event(a, "173", "IRQCOP", "IRQOPP"), Event(b, "173", "IRQCOP", "IRQOPP", place: Baghdad), Event(c, "173", "IRQCOP", "IRQOPP", place: Basra) };
        foreach (var (article, e) in new[] { a, b, c }.Zip(events))
            await store.SaveBatchAsync([Processed(article, e)]);

        var stored = (await store.QueryEventsAsync(new EventQuery())).Items;
        // The engine's merger: the first report takes Baghdad from the second, so Basra, 450 km away, is another arrest.
        Assert.Equal(new EventMerger().Merge(events).Count, stored.Count);
        var joined = Assert.Single(stored, e => e.NumArticles == 2);
        Assert.Equal(("Baghdad", "IQ", PlacePrecision.City), (joined.Place?.Name, joined.Place?.Country, joined.Place?.Precision));
        Assert.Equal(["c1"], Assert.Single(stored, e => e.Place?.Name == "Basra").Mentions.Select(m => m.ArticleId));
    }
}
