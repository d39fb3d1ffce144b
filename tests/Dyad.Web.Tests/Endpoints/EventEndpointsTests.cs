using System.Net;
using System.Text.Json;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.Endpoints;

public sealed class EventEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private TestServer S => fixture.Server;

    [Fact]
    public async Task Events_FirstPage_HasContractShape()
    {
        var page = await S.GetJsonAsync("api/events?limit=5");
        var items = page.GetProperty("items");
        Assert.Equal(5, items.GetArrayLength());
        var e = items[0];
        foreach (var field in new[] { "id", "date", "date_precision", "code", "root", "quad_class", "goldstein", "plover", "source", "target", "place", "mode", "mentions", "rule", "confidence", "merge_reasons" })
            Assert.True(e.TryGetProperty(field, out _), "missing " + field);
        Assert.Equal(JsonValueKind.String, e.GetProperty("code").ValueKind);
        Assert.Equal("asserted", e.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.String, page.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Events_FollowingCursor_ReturnsEveryEventOnceWithoutCap()
    {
        var total = await S.EventCountAsync();
        var seen = new HashSet<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await S.GetJsonAsync("api/events?mode=any&limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            foreach (var e in page.GetProperty("items").EnumerateArray()) Assert.True(seen.Add(e.GetProperty("id").GetString()!), "duplicate across pages");
            cursor = page.GetProperty("next").GetString();
            pages++;
        } while (cursor is not null && pages < 1000);
        Assert.Equal(total, seen.Count);
        Assert.True(pages > 5);
    }

    [Theory]
    [InlineData("root=19", "root", "19")]
    [InlineData("quad_class=4", "quad_class", null)]
    [InlineData("code=04", "root", "04")]
    public async Task Events_Filter_KeepsOnlyMatches(string filter, string field, string? expected)
    {
        var items = (await S.GetJsonAsync("api/events?limit=1000&" + filter)).GetProperty("items");
        Assert.True(items.GetArrayLength() > 0);
        foreach (var e in items.EnumerateArray())
        {
            if (expected is null) Assert.Equal(4, e.GetProperty(field).GetInt32());
            else Assert.Equal(expected, e.GetProperty(field).GetString());
        }
    }

    [Fact]
    public async Task Events_ActorAndCountryAndText_Filter()
    {
        foreach (var e in (await S.GetJsonAsync("api/events?limit=1000&actor=IRQ")).GetProperty("items").EnumerateArray())
            Assert.True(CodeOf(e, "source").StartsWith("IRQ") || CodeOf(e, "target").StartsWith("IRQ"));
        var placed = (await S.GetJsonAsync("api/events?limit=1000&country=FR")).GetProperty("items");
        Assert.True(placed.GetArrayLength() > 0);
        foreach (var e in placed.EnumerateArray()) Assert.Equal("FR", e.GetProperty("place").GetProperty("country").GetString());
        var text = (await S.GetJsonAsync("api/events?limit=1000&q=Basra")).GetProperty("items");
        Assert.True(text.GetArrayLength() > 0);
        foreach (var e in text.EnumerateArray()) Assert.Contains("Basra", e.GetProperty("mentions")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Events_NoMatch_IsEmptyPage()
    {
        var page = await S.GetJsonAsync("api/events?from=1990-01-01&to=1990-12-31");
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("from=2024-05-01&to=2024-04-01", "to")]
    [InlineData("quad_class=5", "quad_class")]
    [InlineData("mode=maybe", "mode")]
    [InlineData("root=4", "root")]
    [InlineData("cursor=!!", "cursor")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("colour=red", "colour")]
    [InlineData("limit=5&limit=6", "limit")]
    public async Task Events_BadParameter_Is400NamingIt(string query, string field)
    {
        using var response = await S.Client.GetAsync("api/events?" + query);
        await S.BadRequestAsync(response, field);
    }

    [Fact]
    public async Task Event_ById_HasMentionsAndRule_UnknownIs404()
    {
        var first = (await S.GetJsonAsync("api/events?limit=1")).GetProperty("items")[0];
        var one = await S.GetJsonAsync("api/events/" + first.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("id").GetString(), one.GetProperty("id").GetString());
        Assert.StartsWith("keyword: ", one.GetProperty("rule").GetString());
        using var missing = await S.Client.GetAsync("api/events/no-such-event");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string CodeOf(JsonElement e, string side) =>
        e.GetProperty(side).ValueKind == JsonValueKind.Object ? e.GetProperty(side).GetProperty("code").GetString() ?? "" : "";
}
