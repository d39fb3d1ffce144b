using Dyad.Documents;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests;

public sealed class IngestorTests : IAsyncLifetime
{
    private readonly TestStores _stores = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _stores.DisposeAsync();

    private static (Doc, IReadOnlyList<CodedEvent>) Code(Article a)
    {
        if (a.Text.Contains("poison", StringComparison.Ordinal)) throw new InvalidDataException("cannot read this one");
        return (Doc.FromArticle(a), [Event(a, "040", "USAGOV", $"X{a.Id}")]);
    }

    private static List<Article> Articles(int n) =>
        Enumerable.Range(0, n).Select(i => Article($"i{i}", $"Report number {i}.", source: $"s{i % 3}.example")).ToList();

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Run_TwiceOverTheSameInput_StoresEachArticleOnce(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var input = Articles(57);

        var first = await new Ingestor(store, Code) { BatchSize = 10 }.RunAsync(input);
        var second = await new Ingestor(store, Code) { BatchSize = 10 }.RunAsync(input);

        Assert.Equal((57, 57, 0, 57), (first.Read, first.Stored, first.Skipped, first.EventsAdded));
        Assert.Equal((57, 0, 57, 0), (second.Read, second.Stored, second.Skipped, second.EventsAdded));
        var counts = await store.CountsAsync();
        Assert.Equal((57L, 57L), (counts.Articles, counts.Events));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Run_ProcessingThrows_SkipsThatArticleWithItsReason(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var input = Articles(20);
        input[7] = Article("bad", "A poison article.");

        var report = await new Ingestor(store, Code) { BatchSize = 6 }.RunAsync(input);

        Assert.Equal((19, 1), (report.Stored, report.Failed));
        Assert.Equal("bad: InvalidDataException: cannot read this one", Assert.Single(report.Failures));
        Assert.Null(await store.GetArticleAsync("bad"));
    }

    [Fact]
    public async Task Run_DuplicateInsideOneBatch_StoresItOnce()
    {
        var store = await _stores.OpenAsync("sqlite");
        var a = Article("d1", "Same text.");

        var report = await new Ingestor(store, Code).RunAsync([a, a, a]);

        Assert.Equal((1, 2), (report.Stored, report.Skipped));
    }

    [Fact]
    public async Task Run_WithProgress_ReportsGrowingCounts()
    {
        var store = await _stores.OpenAsync("sqlite");
        var seen = new List<IngestReport>();

        await new Ingestor(store, Code) { BatchSize = 5, Progress = new SyncProgress(seen.Add) }.RunAsync(Articles(23));

        Assert.True(seen.Count >= 5);
        Assert.Equal(23, seen[^1].Stored);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Read <= p.Second.Read));
    }

    private sealed class SyncProgress(Action<IngestReport> report) : IProgress<IngestReport>
    {
        public void Report(IngestReport value) => report(value);
    }
}
