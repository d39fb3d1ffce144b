using System.Diagnostics;
using Dyad.Documents;
using Xunit.Abstractions;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests;

/// <summary>A measurement, not a check: runs only when DYAD_STORE_BENCH=1 (figures go to docs/notes/storage.md).</summary>
public sealed class MeasureFactAttribute : FactAttribute
{
    public MeasureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DYAD_STORE_BENCH") != "1") Skip = "a measurement: set DYAD_STORE_BENCH=1 to run it";
    }
}

/// <summary>Ingest rate and query latency on 20,000 synthetic events, on SQLite and (when configured) PostgreSQL.</summary>
public sealed class StoreMeasurements(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Articles = 10_000, EventsPerArticle = 2;
    private readonly TestStores _stores = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _stores.DisposeAsync();

    [MeasureFact]
    public Task Sqlite() => MeasureAsync("sqlite");

    [MeasureFact]
    public Task Postgres() => TestStores.PostgresServer is null ? Task.CompletedTask : MeasureAsync("postgresql");

    private static ProcessedArticle Synthetic(int i)
    {
        var rng = new Random(i);
        var a = Article($"m{i}", $"Synthetic report {i} about talks and clashes in the region, word{i % 500} and topic{i % 37}.",
            published: new DateOnly(2023, 1, 1).AddDays(rng.Next(730)), source: $"site{i % 40}.example");
        var events = Enumerable.Range(0, EventsPerArticle).Select(k =>
        {
            var code = new[] { "010", "036", "040", "0421", "057", "112", "141", "173", "190", "193" }[rng.Next(10)];
            var place = rng.Next(3) == 0 ? null : new Place($"P{rng.Next(50)}", -1, -1, $"P{rng.Next(50)}", "IQ", "07", 30 + rng.NextDouble() * 5, 42 + rng.NextDouble() * 5, null, PlacePrecision.City);
            return Event(a, code, $"C{rng.Next(20):D2}GOV", $"C{rng.Next(20):D2}MIL", place: place, start: k, id: $"m{i}-{k}");
        }).ToArray();
        return new ProcessedArticle(a, null, events);
    }

    private async Task MeasureAsync(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var input = Enumerable.Range(0, Articles).Select(Synthetic).ToDictionary(p => p.Article.Id);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = await new Ingestor(store, a => input[a.Id]).RunAsync(input.Values.Select(p => p.Article));
        var seconds = clock.Elapsed.TotalSeconds;
        // Wall time on a shared, overloaded machine says little; the process's CPU time says what the work costs.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var counts = await store.CountsAsync();
        output.WriteLine($"[{engine}] ingest {Articles} articles, {Articles * EventsPerArticle} events in {seconds:0.0} s: " +
                         $"{Articles / seconds:0} articles/s, {Articles * EventsPerArticle / seconds:0} events/s; stored {counts.Events} events " +
                         $"({report.EventsMerged} merged), {counts.Mentions} mentions; this process used {cpuSeconds:0.0} s CPU " +
                         $"= {Articles * EventsPerArticle / cpuSeconds:0} events per CPU-second (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");

        await Time("first page, no filter (limit 100)", () => store.QueryEventsAsync(new EventQuery()));
        await Time("root=19, limit 100", () => store.QueryEventsAsync(new EventQuery { Root = "19" }));
        await Time("actor=C07 (prefix), limit 100", () => store.QueryEventsAsync(new EventQuery { Actor = "C07" }));
        await Time("country=IQ + quad_class=4", () => store.QueryEventsAsync(new EventQuery { Country = "IQ", QuadClass = 4 }));
        await Time("q=\"word123\" (text search)", () => store.QueryEventsAsync(new EventQuery { Q = "word123" }));
        await Time("one month, limit 1000", () => store.QueryEventsAsync(new EventQuery { From = new DateOnly(2023, 6, 1), To = new DateOnly(2023, 6, 30), Limit = 1000 }));
        var deep = await store.QueryEventsAsync(new EventQuery { Limit = 1000 });
        for (int i = 0; i < 10 && deep.Next is not null; i++) deep = await store.QueryEventsAsync(new EventQuery { Limit = 1000, Cursor = deep.Next });
        await Time("page 12 by cursor (limit 100)", () => store.QueryEventsAsync(new EventQuery { Cursor = deep.Next }));
        await Time("series by week, all events", () => store.SeriesAsync(new SeriesQuery { By = SeriesInterval.Week }));
        await Time("series by month, source=C03, normalize=total", () => store.SeriesAsync(new SeriesQuery { Source = "C03", By = SeriesInterval.Month, Normalize = SeriesNormalize.Total }));
        await Time("article m42 with mentions", () => store.GetArticleAsync("m42"));

        clock.Restart();
        int streamed = 0;
        await using (var sink = Stream.Null)
            await EventExports.Find("gdelt")!.WriteAsync(sink, Count(store.StreamEventsAsync(null, null, null)), default);
        output.WriteLine($"[{engine}] GDELT export of {streamed} events: {clock.Elapsed.TotalSeconds:0.00} s, {streamed / clock.Elapsed.TotalSeconds:0} events/s");

        async IAsyncEnumerable<StoredEvent> Count(IAsyncEnumerable<StoredEvent> rows)
        {
            await foreach (var r in rows) { streamed++; yield return r; }
        }

        async Task Time<T>(string what, Func<Task<T>> query)
        {
            await query();
            var times = new List<double>();
            for (int i = 0; i < 15; i++)
            {
                var t = Stopwatch.StartNew();
                await query();
                times.Add(t.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            output.WriteLine($"[{engine}] {what}: median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms");
        }
    }
}
