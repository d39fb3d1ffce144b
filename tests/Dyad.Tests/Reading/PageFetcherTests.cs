using System.Diagnostics;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class PageFetcherTests
{
    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfter_WaitsAndRetries()
    {
        var calls = 0;
        using var server = new LoopbackServer(async (request, response) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                response.StatusCode = 429;
                response.AddHeader("Retry-After", "1");
                return;
            }
            await LoopbackServer.Write(response, "<p>ok</p>");
        });
        using var fetcher = new PageFetcher { MinInterval = TimeSpan.Zero };
        var clock = Stopwatch.StartNew();

        var result = await fetcher.FetchAsync(new Uri(server.Url("/page")));

        Assert.Null(result.Error);
        Assert.Equal(2, calls);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task FetchAsync_RetryAfterBeyondLimit_GivesUpWithReason()
    {
        using var server = new LoopbackServer((request, response) =>
        {
            response.StatusCode = 503;
            response.AddHeader("Retry-After", "3600");
            return Task.CompletedTask;
        });
        using var fetcher = new PageFetcher { MaxRetryAfter = TimeSpan.FromSeconds(5) };

        var result = await fetcher.FetchAsync(new Uri(server.Url("/busy")));

        Assert.Contains("retry after 3600 s", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ManyPagesOfOneHost_OneRequestAtATime()
    {
        var inFlight = 0;
        var most = 0;
        using var server = new LoopbackServer(async (request, response) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (this) most = Math.Max(most, now);
            await Task.Delay(60);
            Interlocked.Decrement(ref inFlight);
            await LoopbackServer.Write(response, "<p>page</p>");
        });
        using var fetcher = new PageFetcher { MinInterval = TimeSpan.Zero };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fetcher.FetchAsync(new Uri(server.Url($"/p{i}")))));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOutWithReason()
    {
        using var server = new LoopbackServer(async (request, response) =>
        {
            await Task.Delay(3000);
            await LoopbackServer.Write(response, "late");
        });
        using var fetcher = new PageFetcher { Timeout = TimeSpan.FromMilliseconds(300) };

        var result = await fetcher.FetchAsync(new Uri(server.Url("/slow")));

        Assert.StartsWith("no answer from 127.0.0.1", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NonHttpScheme_IsRefused()
    {
        using var fetcher = new PageFetcher();

        var result = await fetcher.FetchAsync(new Uri("file:///etc/passwd"));

        Assert.Null(result.Body);
        Assert.StartsWith("not an http(s) URL", result.Error);
    }
}
