using System.Text.Json;
using Dyad.Documents;
using Dyad.Merging;
using Dyad.Processing;
using Dyad.Reading;
using Dyad.TestSupport;

namespace Dyad.Storage.Tests;

/// <summary>The same story from two sources, read from two files and run through the whole pipeline, is one set of events in the store.</summary>
public sealed class CrossSourceMergeTests : IAsyncLifetime
{
    private static readonly Lazy<NewsPipeline> Pipeline = new(() => NewsPipeline.LoadDefault());
    private readonly TestStores _stores = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dyad-cross-source", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stores.DisposeAsync();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Ingest_SeedStoryFromTwoSources_MergesEventsAndLinksTheCopy(string engine)
    {
        var story = PlainTextReader.Read(File.ReadAllText(SeedPath).Replace("\r\n", "\n")).First();
        var first = WriteJsonLines("wire.jsonl", story, "https://wire.example/iraq-pm-pledges", "wire.example");
        var second = WriteJsonLines("paper.jsonl", story, "https://paper.example/world/iraq-pm-blinken", "paper.example");
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        var ingestor = new Ingestor(store, a => Pipeline.Value.Code(a)) { Parallelism = 1 };

        var one = await ingestor.RunAsync(Read(first));
        var eventsAfterOne = (await store.CountsAsync()).Events;
        var two = await ingestor.RunAsync(Read(second));

        Assert.Equal((1, 1), (one.Stored, two.Stored));
        Assert.True(one.EventsAdded > 0, "the seed article codes no event");
        var articles = (await store.CountsAsync()).Articles;
        Assert.Equal(2L, articles);
        var copy = await store.GetArticleAsync(ArticleIdOf(second));
        Assert.Equal(ArticleIdOf(first), copy!.DuplicateOf);
        // Every event of the copy merged into its twin, except those with no actor code on either side (nothing to merge on).
        var copyEvents = Pipeline.Value.Code(Read(second).Single()).Events;
        Assert.Equal(copyEvents.Count(e => e.Source?.Code is null && e.Target?.Code is null), two.EventsAdded);
        Assert.Equal(copyEvents.Count - two.EventsAdded, two.EventsMerged);
        Assert.Equal(eventsAfterOne + two.EventsAdded, (await store.CountsAsync()).Events);
        var events = (await store.QueryEventsAsync(new EventQuery { Limit = 500 })).Items;
        var release = Assert.Single(events, e => e.Root == "08" && e.NumSources == 2);
        Assert.Equal(1, release.NumArticles);
        Assert.Equal(["paper.example", "wire.example"], release.Mentions.Select(m => m.Source).Distinct().Order());
        Assert.Contains(release.MergeReasons, r => r.Contains("same dyad", StringComparison.Ordinal));
        Assert.All(events.Where(e => e.NumSources == 2), e => Assert.NotEmpty(e.MergeReasons));
    }

    private static string SeedPath => Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures", "seed-two-articles.txt");

    private string WriteJsonLines(string name, Article story, string url, string source)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, JsonSerializer.Serialize(new { title = story.Title, url, source, published = "2024-08-06", text = story.Text }) + "\n");
        return path;
    }

    private static IEnumerable<Article> Read(string path)
    {
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false });
        return [.. reader.Read(path).Select(r => r.Article).OfType<Article>()];
    }

    private static string ArticleIdOf(string path) => Read(path).Single().Id;
}
