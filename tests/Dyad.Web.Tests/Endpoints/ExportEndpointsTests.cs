using System.Text.Json;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.Endpoints;

public sealed class ExportEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private TestServer S => fixture.Server;

    [Fact]
    public async Task Export_JsonLines_StreamsEveryAssertedEventInRange()
    {
        using var response = await S.Client.GetAsync("api/export?format=jsonl&from=2024-03-01&to=2024-06-30", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = (await S.GetJsonAsync("api/events?limit=1000&from=2024-03-01&to=2024-06-30")).GetProperty("items").GetArrayLength();
        Assert.Equal(expected, lines.Length);
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.InRange(DateOnly.Parse(e.GetProperty("date").GetString()!), new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 30));
            Assert.Equal("asserted", e.GetProperty("mode").GetString());
        }
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=jsonl&from=yesterday", "from")]
    public async Task Export_BadParameter_Is400NamingIt(string query, string field)
    {
        using var response = await S.Client.GetAsync("api/export?" + query);
        await S.BadRequestAsync(response, field);
    }
}
