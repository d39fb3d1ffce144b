using System.Net;
using System.Text.Json;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests;

public sealed class DyadWebAppTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private TestServer S => fixture.Server;

    [Fact]
    public async Task Build_ListensOnLoopbackOnly()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(S.Address.Host)));
        Assert.Equal("http://127.0.0.1:5080", new DyadWebOptions { Store = S.Store }.Urls);
    }

    [Fact]
    public async Task Dashboard_IsServedWithCspAndItsAssetsExist()
    {
        using var response = await S.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<title>Dyad", html);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"\\./(assets/[^\"]+)\""))
        {
            using var asset = await S.Client.GetAsync(m.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
    }

    [Fact]
    public async Task Health_ReportsEngineAndCounts()
    {
        var health = await S.GetJsonAsync("health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("engine").GetString());
        Assert.True(health.GetProperty("events").GetInt64() > 0);
    }

    [Fact]
    public async Task OpenApi_ListsEveryRoute()
    {
        var doc = await S.GetJsonAsync("openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/series", "/api/articles", "/api/articles/{id}", "/api/actors", "/api/actors/{id}", "/api/export", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), "OpenAPI lacks " + path);
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("cursor", parameters);
        Assert.Contains("quad_class", parameters);
    }

    [Fact]
    public async Task UnknownApiRoute_Is404Problem()
    {
        using var response = await S.Client.GetAsync("api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }
}
