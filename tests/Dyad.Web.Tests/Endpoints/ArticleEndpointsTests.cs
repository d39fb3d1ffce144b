using System.Net;
using System.Text;
using System.Text.Json;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.Endpoints;

public sealed class ArticleEndpointsTests
{
    private const string Body = "Antony Blinken met with Sudani in Baghdad. Nothing else happened.\n\nIran accused France in Paris.";

    private static StringContent Json(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_JsonArticle_Is201WithEvents_AndGetShowsMentionOffsets()
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        using var response = await s.Client.PostAsync("api/articles", Json(new { title = "Talks", published = "2024-08-05", url = "https://news.example/talks", text = Body }));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("/api/articles/" + id, response.Headers.Location?.ToString());
        var events = created.GetProperty("events");
        Assert.Equal(2, events.GetArrayLength());
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("code").GetString() == "040" && e.GetProperty("source").GetProperty("code").GetString() == "USAGOV");

        var article = await s.GetJsonAsync("api/articles/" + id);
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(Body, text);
        var mentions = article.GetProperty("mentions");
        Assert.Equal(2, mentions.GetArrayLength());
        foreach (var m in mentions.EnumerateArray())
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        Assert.Contains(article.GetProperty("entities").EnumerateArray(), e => e.GetProperty("actor").GetString() == "IRQGOV");
    }

    [Fact]
    public async Task Post_SameArticleTwice_StoresOnce()
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        var article = new { title = "Again", published = "2024-08-05", text = Body };
        using var first = await s.Client.PostAsync("api/articles", Json(article));
        using var second = await s.Client.PostAsync("api/articles", Json(article));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, await s.EventCountAsync());
    }

    [Fact]
    public async Task Post_PlainTextAndHtml_AreCoded()
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        using var plain = await s.Client.PostAsync("api/articles?published=2024-03-01&title=Plain", new StringContent("Iran threatened France in Paris.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
        var html = "<html><head><title>Raid</title><script>var x = 'Iran attacked France';</script></head><body><nav>Home</nav><p>Iraqi police attacked rebels in Basra.</p></body></html>";
        using var page = await s.Client.PostAsync("api/articles?published=2024-03-02", new StringContent(html, Encoding.UTF8, "text/html"));
        var created = JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        var article = await s.GetJsonAsync("api/articles/" + created.GetProperty("id").GetString());
        Assert.Equal("Raid", article.GetProperty("title").GetString());
        Assert.Equal("Iraqi police attacked rebels in Basra.", article.GetProperty("text").GetString());
        Assert.Equal("190", created.GetProperty("events")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"title\":\"x\"}", "text")]
    [InlineData("{\"text\":\"   \"}", "text")]
    [InlineData("{\"text\":\"Iran accused France.\",\"published\":\"05/08/2024\"}", "published")]
    [InlineData("{\"text\":\"Iran accused France.\",\"colour\":1}", "colour")]
    [InlineData("{\"text\":\"Iran accused France.\",\"url\":\"ftp://x\"}", "url")]
    [InlineData("{\"text\":42}", "text")]
    [InlineData("[1,2]", "body")]
    [InlineData("{\"text\":", "body")]
    public async Task Post_BadJson_Is400NamingField_AndStoresNothing(string json, string field)
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        using var response = await s.Client.PostAsync("api/articles", new StringContent(json, Encoding.UTF8, "application/json"));
        await s.BadRequestAsync(response, field);
        Assert.Equal(0, (await s.Store.CountsAsync()).Articles);
    }

    [Fact]
    public async Task Post_BinaryOrUnknownType_IsRejected()
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        using var binary = await s.Client.PostAsync("api/articles", new ByteArrayContent([0xFF, 0xFE, 0x00, 0x41]) { Headers = { { "Content-Type", "text/plain" } } });
        await s.BadRequestAsync(binary, "body");
        using var pdf = await s.Client.PostAsync("api/articles", new ByteArrayContent([1, 2, 3]) { Headers = { { "Content-Type", "application/pdf" } } });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Equal(0, (await s.Store.CountsAsync()).Articles);
    }

    [Fact]
    public async Task Post_WithApiKeyConfigured_NeedsTheHeader()
    {
        await using var s = await TestServer.StartAsync(articles: 0, apiKey: "s3cret");
        using var without = await s.Client.PostAsync("api/articles", Json(new { text = Body }));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = Json(new { text = Body }), Headers = { { "X-Api-Key", "guess" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await s.Client.SendAsync(wrong)).StatusCode);
        Assert.Equal(0, (await s.Store.CountsAsync()).Articles);
        using var right = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = Json(new { text = Body, published = "2024-01-02" }), Headers = { { "X-Api-Key", "s3cret" } } };
        Assert.Equal(HttpStatusCode.Created, (await s.Client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownArticle_Is404Problem()
    {
        await using var s = await TestServer.StartAsync(articles: 0);
        using var response = await s.Client.GetAsync("api/articles/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
    }
}
