using Dyad.Documents;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

public sealed partial class SqlEventStoreTests
{
    private static async Task<IEventStore> FillAsync(IEventStore store, int n)
    {
        var batch = new List<ProcessedArticle>();
        for (int i = 0; i < n; i++)
        {
            var a = Article($"q{i}", i % 3 == 0 ? $"Protesters gathered in Baghdad, report {i}." : $"Ministers talked, report {i}.",
                published: new DateOnly(2024, 1, 1).AddDays(i % 60), source: $"site{i % 4}.example");
            var e = i % 3 == 0
                ? Event(a, "141", "IRQOPP", "IRQGOV", place: Baghdad)
                : Event(a, i % 2 == 0 ? "0421" : "036", i % 2 == 0 ? "USAGOV" : "FRAGOV", $"C{i:D3}GOV",
                    mode: i % 5 == 1 ? EventMode.Hypothetical : EventMode.Asserted);
            batch.Add(Processed(a, e));
        }
        await store.SaveBatchAsync(batch);
        return store;
    }

    private static async Task<List<CodedEvent>> WalkAsync(IEventStore store, EventQuery q)
    {
        var all = new List<CodedEvent>();
        for (var page = await store.QueryEventsAsync(q); ; page = await store.QueryEventsAsync(q with { Cursor = page.Next }))
        {
            Assert.True(page.Items.Count <= q.Limit);
            all.AddRange(page.Items);
            if (page.Next is null) return all;
        }
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task QueryEvents_CursorWalk_VisitsEveryEventOnceNewestFirst(string engine)
    {
        var store = await FillAsync(await _stores.OpenAsync(engine, MergeRule.None), 150);

        var all = await WalkAsync(store, new EventQuery { Limit = 17 });
        Assert.Equal(150, all.Select(e => e.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(e => e.Date).Select(e => e.Date), all.Select(e => e.Date));
        Assert.Equal(EventPage.Empty, await store.QueryEventsAsync(new EventQuery { Root = "20" }) with { Items = [] });
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task QueryEvents_Filters_MatchTheirDocumentedMeaning(string engine)
    {
        var store = await FillAsync(await _stores.OpenAsync(engine, MergeRule.None), 120);
        async Task<List<CodedEvent>> Q(EventQuery q) => await WalkAsync(store, q with { Limit = 50 });

        Assert.Equal(40, (await Q(new() { Root = "14" })).Count);
        Assert.All(await Q(new() { Code = "042" }), e => Assert.Equal("0421", e.Code));
        Assert.All(await Q(new() { Actor = "USA" }), e => Assert.Equal("USAGOV", e.Source!.Code));
        Assert.All(await Q(new() { Target = "irqgov name" }), e => Assert.Equal("IRQGOV", e.Target!.Code));
        Assert.Equal(40, (await Q(new() { Country = "IQ" })).Count);
        Assert.Equal(40, (await Q(new() { Country = "irq" })).Count);
        Assert.All(await Q(new() { QuadClass = 3 }), e => Assert.Equal("14", e.Root));
        Assert.All(await Q(new() { Mode = EventMode.Hypothetical }), e => Assert.Equal(EventMode.Hypothetical, e.Mode));
        Assert.Equal(40, (await Q(new() { Q = "protesters BAGHDAD" })).Count);
        Assert.Empty(await Q(new() { Q = "\"*()" }));
        var ranged = await Q(new() { From = new DateOnly(2024, 1, 5), To = new DateOnly(2024, 1, 6) });
        Assert.Equal(4, ranged.Count);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task QueryEvents_BadCursorOrLimit_ThrowsNamingTheField(string engine)
    {
        var store = await _stores.OpenAsync(engine);

        Assert.Equal("cursor", (await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEventsAsync(new() { Cursor = "nonsense!" }))).ParamName);
        Assert.Equal("limit", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.QueryEventsAsync(new() { Limit = 0 }))).ParamName);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Series_ByMonthNormalizedByTotal_GivesCountsMeansAndDenominator(string engine)
    {
        var store = await FillAsync(await _stores.OpenAsync(engine, MergeRule.None), 120);

        var points = await store.SeriesAsync(new SeriesQuery { Root = "14", By = SeriesInterval.Month, Normalize = SeriesNormalize.Total, Mode = null });
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], points.Select(p => p.Period));
        Assert.Equal(40, points.Sum(p => p.Count));
        Assert.Equal(120, points.Sum(p => p.Total));
        Assert.All(points, p => Assert.Equal((double)p.Count / p.Total, p.Share!.Value, 9));
        Assert.All(points, p => Assert.Equal(p.Count, p.Quad[2]));
        Assert.All(points, p => Assert.Equal(3.0, p.GoldsteinMean!.Value, 9));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Series_ByWeek_StartsOnMondayAndDefaultsToAsserted(string engine)
    {
        var store = await FillAsync(await _stores.OpenAsync(engine, MergeRule.None), 120);

        var points = await store.SeriesAsync(new SeriesQuery { By = SeriesInterval.Week });
        Assert.All(points, p => Assert.Equal(DayOfWeek.Monday, p.Period.DayOfWeek));
        Assert.Equal(new DateOnly(2024, 1, 1), points[0].Period); // a Monday
        Assert.Equal(Enumerable.Range(0, 120).Count(i => !(i % 5 == 1 && i % 3 != 0)), points.Sum(p => p.Count));
        Assert.All(points, p => Assert.Null(p.Share));
    }
}
