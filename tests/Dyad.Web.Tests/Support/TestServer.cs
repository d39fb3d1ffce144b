using System.Text.Json;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;

namespace Dyad.Web.Tests.Support;

/// <summary>The real web host on a free loopback port over a real SQLite file seeded by <see cref="KeywordCoder"/>; disposing stops it and deletes the file.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dir;

    private TestServer(WebApplication app, IEventStore store, string dir, Uri address)
    {
        _app = app;
        Store = store;
        _dir = dir;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public IEventStore Store { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(int articles = 40, string? apiKey = null, bool withCoder = true, MergeRule? merge = null, int sentences = 2)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dyad-web-tests", Guid.NewGuid().ToString("N"));
        var store = await EventStore.OpenAsync(Path.Combine(dir, "test.db"), merge);
        foreach (var batch in Corpus.Articles(articles, sentences).Chunk(500))
            await store.SaveBatchAsync(batch.Select(KeywordCoder.Code).ToList());
        var app = DyadWebApp.Build(new DyadWebOptions
        {
            Store = store,
            Coder = withCoder ? KeywordCoder.CodeAsync : null,
            ApiKey = apiKey,
            Urls = "http://127.0.0.1:0",
        });
        await app.StartAsync();
        var address = DyadWebApp.Addresses(app).Single();
        return new TestServer(app, store, dir, new Uri(address.TrimEnd('/') + "/"));
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem body that names <paramref name="field"/> and returns it.</summary>
    public async Task<JsonElement> BadRequestAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"problem does not name '{field}': {body}");
        return problem;
    }

    public async Task<long> EventCountAsync() => (await Store.CountsAsync()).Events;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a file still held open by the OS is left in the temp folder */ }
    }
}

/// <summary>One seeded server shared by the read-only tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    internal TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestServer.StartAsync(articles: 60);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
