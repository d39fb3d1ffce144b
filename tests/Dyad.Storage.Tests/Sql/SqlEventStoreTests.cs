using Dyad.Documents;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

/// <summary>The store's behaviour, run against a real SQLite file and a real PostgreSQL database alike.</summary>
public sealed partial class SqlEventStoreTests : IAsyncLifetime
{
    private readonly TestStores _stores = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _stores.DisposeAsync();

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_SameArticleTwice_StoresItOnce(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("a1", "Blinken met Sudani in Baghdad.");
        var first = await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV", place: Baghdad))]);
        var second = await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV", place: Baghdad))]);

        Assert.Equal((1, 0, 1), (first.ArticlesStored, first.ArticlesSkipped, first.EventsAdded));
        Assert.Equal((0, 1, 0), (second.ArticlesStored, second.ArticlesSkipped, second.EventsAdded));
        var counts = await store.CountsAsync();
        Assert.Equal((1L, 1L, 1L), (counts.Articles, counts.Events, counts.Mentions));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Migrate_Twice_KeepsDataAndSchema(string engine)
    {
        var db = _stores.NewDb(engine);
        var store = await _stores.OpenDbAsync(db);
        var a = Article("a1", "Text.");
        await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV"))]);
        var again = await _stores.OpenDbAsync(db);

        Assert.Equal(1L, (await again.CountsAsync()).Events);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_SameEventInTwoArticles_MergesWithReason(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("a1", "Iraq released the suspects on Monday.", source: "one.example");
        var b = Article("b1", "The suspects were released by Iraq.", source: "two.example");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQGOV", "IRQ", place: Baghdad))]);
        var result = await store.SaveBatchAsync([Processed(b, Event(b, "084", "IRQGOV", "IRQ", date: new DateOnly(2024, 8, 7), place: Baghdad))]);

        Assert.Equal((0, 1), (result.EventsAdded, result.EventsMerged));
        var e = Assert.Single((await store.QueryEventsAsync(new EventQuery())).Items);
        Assert.Equal("a1-0841-0", e.Id);
        Assert.Equal((2, 2, 2), (e.NumMentions, e.NumArticles, e.NumSources));
        Assert.Equal(["a1", "b1"], e.Mentions.Select(m => m.ArticleId));
        Assert.Contains("dates 1 d apart", Assert.Single(e.MergeReasons));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_ReversedDyadOrFarPlace_KeepsEventsApart(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("a1", "First report.");
        var b = Article("b1", "Second report.");
        var c = Article("c1", "Third report.");
        await store.SaveBatchAsync([Processed(a, Event(a, "190", "IRQMIL", "USAMIL", place: Baghdad))]);
        await store.SaveBatchAsync([
            Processed(b, Event(b, "190", "USAMIL", "IRQMIL", place: Baghdad)),
            Processed(c, Event(c, "190", "IRQMIL", "USAMIL", place: Basra)),
        ]);

        Assert.Equal(3L, (await store.CountsAsync()).Events);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_CustomMergeRule_DecidesAndItsReasonIsStored(string engine)
    {
        var rule = new MergeRule(3, (stored, incoming, _) => stored.Code == incoming.Code ? "same code within 3 days" : null);
        var store = await _stores.OpenAsync(engine, rule);
        var a = Article("a1", "One.");
        var b = Article("b1", "Two.", published: new DateOnly(2024, 8, 9));
        await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV")), Processed(b, Event(b, "040", "USAGOV", "IRQGOV"))]);

        var e = Assert.Single((await store.QueryEventsAsync(new EventQuery())).Items);
        Assert.Equal(["same code within 3 days"], e.MergeReasons);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_FailingArticleInBatch_StoresNothingOfTheBatch(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("a1", "One.");
        var bad = Event(a, "040", "USAGOV", "IRQGOV") with { Code = null! };
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveBatchAsync([Processed(Article("ok", "Fine.")), Processed(a, bad)]));

        Assert.Equal(0L, (await store.CountsAsync()).Articles);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task GetArticle_ReturnsTextAndMentionOffsets(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("a1", "Intro line. Blinken met Sudani in Baghdad.");
        await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV", start: 12, sentence: 1))]);

        var stored = await store.GetArticleAsync("a1");
        Assert.NotNull(stored);
        Assert.Equal(a.Text, stored.Article.Text);
        var m = Assert.Single(stored.Mentions);
        Assert.Equal("Blinken met Sudani in Baghdad.", stored.Article.Text[m.Start..m.End]);
        Assert.Equal((1, "040"), (m.Sentence, m.Code));
        Assert.Null(await store.GetArticleAsync("missing"));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task StreamEvents_ManyChunks_YieldsEachEventOnceInDateOrder(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        ((Dyad.Storage.Sql.SqlEventStore)store).StreamChunk = 40;
        await store.SaveBatchAsync(Enumerable.Range(0, 203).Select(i =>
        {
            var a = Article($"s{i}", $"Report {i}.", published: new DateOnly(2024, 1, 1).AddDays(i % 17));
            return Processed(a, Event(a, i % 2 == 0 ? "040" : "190", $"A{i:D2}GOV", "IRQGOV"));
        }).ToList());

        var all = new List<StoredEvent>();
        await foreach (var e in store.StreamEventsAsync(null, null)) all.Add(e);
        Assert.Equal(203, all.Select(e => e.Event.Id).Distinct().Count());
        Assert.Equal(all.OrderBy(e => e.Event.Date).ThenBy(e => e.Seq).Select(e => e.Seq), all.Select(e => e.Seq));
        var ranged = new List<StoredEvent>();
        await foreach (var e in store.StreamEventsAsync(new DateOnly(2024, 1, 10), new DateOnly(2024, 1, 10))) ranged.Add(e);
        Assert.All(ranged, e => Assert.Equal(new DateOnly(2024, 1, 10), e.Event.Date));
        Assert.NotEmpty(ranged);
    }
}

public sealed partial class SqlEventStoreTests
{
    private const string Wire = "Iraqi authorities released the suspects on Monday after questioning them about the attack on the base in Anbar province, officials said, adding that an investigation continues and more arrests may follow.";

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_SyndicatedCopyOnAnotherSite_IsLinkedAndCountedOnce(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var a = Article("w1", Wire, source: "wire.example");
        var b = Article("w2", Wire + " Reporting by staff.", source: "paper.example");
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQGOV", "IRQ", place: Baghdad))]);
        await store.SaveBatchAsync([Processed(b, Event(b, "0841", "IRQGOV", "IRQ", place: Baghdad))]);

        Assert.Equal("w1", (await store.GetArticleAsync("w2"))!.DuplicateOf);
        Assert.Null((await store.GetArticleAsync("w1"))!.DuplicateOf);
        var e = Assert.Single((await store.QueryEventsAsync(new EventQuery())).Items);
        Assert.Equal((2, 1, 2), (e.NumMentions, e.NumArticles, e.NumSources));
    }
}
