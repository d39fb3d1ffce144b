using System.Diagnostics;
using Dyad.Storage;
using Dyad.Web.Tests.Support;
using Xunit.Abstractions;

namespace Dyad.Web.Tests.Performance;

/// <summary>Opt-in load measurement (DYAD_WEB_BENCH=1): 20,000 stored events, bounded request loops on loopback only.</summary>
public sealed class ApiThroughputTests(ITestOutputHelper output)
{
    [BenchFact]
    public async Task Api_On20000Events_RequestsPerSecond()
    {
        var seed = Stopwatch.StartNew();
        await using var s = await TestServer.StartAsync(articles: 10_000, sentences: 2, merge: MergeRule.None);
        var events = await s.EventCountAsync();
        Report($"seeded {events} events from 10000 articles in {seed.Elapsed.TotalSeconds:0.0} s (SQLite file, MergeRule.None)");
        Assert.True(events >= 20_000);

        foreach (var url in new[]
        {
            "api/events?limit=100", "api/events?limit=100&root=19&country=IQ", "api/events?limit=100&q=Basra&actor=IRQ",
            "api/series?by=month", "api/series?source=IRQ&target=IRN&by=week&normalize=total", "api/actors?q=Sud", "health",
        })
            await MeasureAsync(s, url, clients: 4, seconds: 5);

        var walk = Stopwatch.StartNew();
        string? cursor = null;
        var seen = 0;
        do
        {
            var page = await s.GetJsonAsync("api/events?mode=any&limit=1000" + (cursor is null ? "" : "&cursor=" + cursor));
            seen += page.GetProperty("items").GetArrayLength();
            cursor = page.GetProperty("next").GetString();
        } while (cursor is not null);
        Report($"cursor walk of all {seen} events in pages of 1000: {walk.Elapsed.TotalSeconds:0.00} s");

        foreach (var format in new[] { "jsonl", "gdelt", "csv", "parquet" })
        {
            var sw = Stopwatch.StartNew();
            using var response = await s.Client.GetAsync("api/export?format=" + format + "&mode=any", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var bytes = 0L;
            var buffer = new byte[81920];
            int n;
            while ((n = await body.ReadAsync(buffer)) > 0) bytes += n;
            Report($"export {format}: {bytes / 1024.0 / 1024.0:0.0} MB in {sw.Elapsed.TotalSeconds:0.00} s");
        }
    }

    private async Task MeasureAsync(TestServer s, string url, int clients, int seconds)
    {
        await s.GetJsonAsync(url);
        var stop = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        var latencies = new List<double>();
        var tasks = Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            while (stop.Elapsed < limit)
            {
                var t = Stopwatch.GetTimestamp();
                using var r = await s.Client.GetAsync(url);
                await r.Content.ReadAsByteArrayAsync();
                Assert.True(r.IsSuccessStatusCode);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            lock (latencies) latencies.AddRange(mine);
        });
        await Task.WhenAll(tasks);
        latencies.Sort();
        Report($"{url}: {latencies.Count / stop.Elapsed.TotalSeconds:0} req/s ({clients} clients, {seconds} s), p50 {latencies[latencies.Count / 2]:0.0} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:0.0} ms");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "dyad-web-bench.txt"), line + Environment.NewLine);
    }
}

/// <summary>A measurement, not a check: runs only when DYAD_WEB_BENCH=1 (it seeds 20,000 events and loads the machine for a minute).</summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public BenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DYAD_WEB_BENCH") != "1") Skip = "a measurement: set DYAD_WEB_BENCH=1 to run it";
    }
}
