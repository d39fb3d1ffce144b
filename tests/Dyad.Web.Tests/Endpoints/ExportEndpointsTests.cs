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

    [Fact]
    public async Task Export_Gdelt_Has61TabSeparatedColumnsAndNoHeader()
    {
        using var response = await S.Client.GetAsync("api/export?format=gdelt", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/tab-separated-values", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(await S.EventCountAsync() - await NotAssertedAsync(), lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.TrimEnd('\r').Split('\t').Length));
        Assert.Matches(@"^\d+\t\d{8}\t", lines[0]);
    }

    [Fact]
    public async Task Export_CsvAndParquetAndCodebook_AreServed()
    {
        var csv = await S.Client.GetStringAsync("api/export?format=csv&to=2024-01-31");
        Assert.Contains(",", csv.Split('\n')[0]);
        var parquet = await S.Client.GetByteArrayAsync("api/export?format=parquet");
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);
        var codebook = await S.Client.GetStringAsync("api/export/codebook?format=gdelt");
        Assert.Contains("GLOBALEVENTID", codebook);
    }

    private async Task<long> NotAssertedAsync()
    {
        long n = 0;
        foreach (var mode in new[] { "negated", "hypothetical", "future" })
            n += (await S.GetJsonAsync("api/events?limit=1000&mode=" + mode)).GetProperty("items").GetArrayLength();
        return n;
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
