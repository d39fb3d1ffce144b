using System.Text.Json;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.Endpoints;

public sealed class SeriesEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private TestServer S => fixture.Server;

    [Fact]
    public async Task Series_ByMonth_CountsAddUpToAssertedEvents()
    {
        var points = await S.GetJsonAsync("api/series?by=month");
        var events = (await S.GetJsonAsync("api/events?limit=1000")).GetProperty("items").GetArrayLength();
        Assert.Equal(events, points.EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
        var first = points[0];
        Assert.Matches(@"^\d{4}-\d{2}$", first.GetProperty("period").GetString());
        var quads = first.GetProperty("quad");
        Assert.Equal(first.GetProperty("count").GetInt64(), Enumerable.Range(1, 4).Sum(q => quads.GetProperty(q.ToString()).GetInt64()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("share").ValueKind);
    }

    [Fact]
    public async Task Series_NormalizeTotal_GivesShareAndDenominator()
    {
        var points = await S.GetJsonAsync("api/series?by=week&source=IRQ&normalize=total");
        Assert.True(points.GetArrayLength() > 0);
        foreach (var p in points.EnumerateArray())
        {
            var count = p.GetProperty("count").GetDouble();
            var total = p.GetProperty("total").GetDouble();
            Assert.True(total >= count);
            Assert.Equal(count / total, p.GetProperty("share").GetDouble(), 5);
            Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(p.GetProperty("period").GetString()!).DayOfWeek);
        }
    }

    [Fact]
    public async Task Series_Dyad_GoldsteinMeanIsSumOverCount()
    {
        var points = (await S.GetJsonAsync("api/series?source=IRQ&target=IRN&by=day")).EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("count").GetInt64() > 0);
        foreach (var p in points)
            if (p.GetProperty("count").GetInt64() == 0) Assert.Equal(JsonValueKind.Null, p.GetProperty("goldstein_mean").ValueKind);
            else Assert.Equal(p.GetProperty("goldstein_sum").GetDouble() / p.GetProperty("count").GetDouble(), p.GetProperty("goldstein_mean").GetDouble(), 3);
    }

    [Theory]
    [InlineData("code=19")]
    [InlineData("q=Basra")]
    [InlineData("code=11&q=Baghdad")]
    [InlineData("source=IRQ&code=04&q=Paris")]
    public async Task Series_CodeAndTextFilters_CountWhatTheEventListShows(string filters)
    {
        var points = await S.GetJsonAsync("api/series?by=month&" + filters);
        var events = (await S.GetJsonAsync("api/events?limit=1000&" + filters)).GetProperty("items").GetArrayLength();
        var all = (await S.GetJsonAsync("api/series?by=month")).EnumerateArray().Sum(p => p.GetProperty("count").GetInt64());
        var count = points.EnumerateArray().Sum(p => p.GetProperty("count").GetInt64());
        Assert.InRange(events, 1, all - 1);
        Assert.Equal(events, count);
    }

    [Theory]
    [InlineData("by=year", "by")]
    [InlineData("normalize=max", "normalize")]
    [InlineData("code=4", "code")]
    [InlineData("cursor=x", "cursor")]
    [InlineData("country=Iraq", "country")]
    public async Task Series_BadParameter_Is400NamingIt(string query, string field)
    {
        using var response = await S.Client.GetAsync("api/series?" + query);
        await S.BadRequestAsync(response, field);
    }
}
