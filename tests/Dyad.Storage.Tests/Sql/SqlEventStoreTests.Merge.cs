using Dyad.Merging;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

/// <summary>The store's cross-article merge follows <see cref="MergePolicy"/>'s fill-in of a missing target, as the engine's merger does.</summary>
public sealed partial class SqlEventStoreTests
{
    private static readonly MergeRule Policy = MergeRule.From(MergePolicy.Default);

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_TargetlessReportOfOneOpenTarget_JoinsItAndKeepsTheTarget(string engine)
    {
        var store = await _stores.OpenAsync(engine, Policy);
        var a = Article("a1", "Police released five suspects to their families.", source: "one.example");
        var b = Article("b1", "Police released the suspects.", source: "two.example");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQCOP", "IRQUAF", place: Baghdad))]);
        var result = await store.SaveBatchAsync([Processed(b, Event(b, "0841", "IRQCOP", null, place: Baghdad))]);

        Assert.Equal((0, 1), (result.EventsAdded, result.EventsMerged));
        var e = Assert.Single((await store.QueryEventsAsync(new EventQuery())).Items);
        Assert.Equal("IRQUAF", e.Target?.Code);
        Assert.Equal((2, 2), (e.NumArticles, e.NumSources));
        Assert.EndsWith("one mention names no target, so it takes the other's", Assert.Single(e.MergeReasons));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_TargetedReportAfterTargetlessOne_FillsTheStoredTarget(string engine)
    {
        var store = await _stores.OpenAsync(engine, Policy);
        var a = Article("a1", "Police released the suspects.");
        var b = Article("b1", "Police released five suspects to their families.");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQCOP", null, place: Baghdad))]);
        await store.SaveBatchAsync([Processed(b, Event(b, "0841", "IRQCOP", "IRQUAF", place: Baghdad))]);

        var e = Assert.Single((await store.QueryEventsAsync(new EventQuery { Target = "IRQUAF" })).Items);
        Assert.Equal(("IRQUAF", "IRQ"), (e.Target?.Code, e.Target?.Country));
        Assert.Equal(["a1", "b1"], e.Mentions.Select(m => m.ArticleId));
        // A later report naming the same target now finds the filled event by its dyad.
        var c = Article("c1", "Iraqi police freed five suspects.");
        var later = await store.SaveBatchAsync([Processed(c, Event(c, "0841", "IRQCOP", "IRQUAF", place: Baghdad))]);
        Assert.Equal(1, later.EventsMerged);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_TargetlessReportWithTwoOpenTargets_StaysApart(string engine)
    {
        var store = await _stores.OpenAsync(engine, Policy);
        var a = Article("a1", "Police released the students.");
        var b = Article("b1", "Police released the soldiers.");
        var c = Article("c1", "Police released them.");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQCOP", "IRQEDU", place: Baghdad)), Processed(b, Event(b, "0841", "IRQCOP", "IRQMIL", place: Baghdad))]);
        var result = await store.SaveBatchAsync([Processed(c, Event(c, "0841", "IRQCOP", null, place: Baghdad))]);

        Assert.Equal((1, 0), (result.EventsAdded, result.EventsMerged));
        Assert.Equal(3L, (await store.CountsAsync()).Events);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_PolicyWithoutTargetFillIn_KeepsTargetlessReportApart(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(new MergePolicy { FillMissingTarget = false }));
        var a = Article("a1", "Police released five suspects.");
        var b = Article("b1", "Police released the suspects.");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQCOP", "IRQUAF", place: Baghdad))]);
        await store.SaveBatchAsync([Processed(b, Event(b, "0841", "IRQCOP", null, place: Baghdad))]);

        Assert.Equal(2L, (await store.CountsAsync()).Events);
    }
}
