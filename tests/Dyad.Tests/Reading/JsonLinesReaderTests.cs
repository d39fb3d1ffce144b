using System.Text;
using Dyad.Reading;
using Dyad.TestSupport;

namespace Dyad.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    private static List<ReadResult> Read(string jsonl) =>
        JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl").ToList();

    [Fact]
    public void Read_BundledSamples_Gives43ArticlesWithTextVerbatim()
    {
        var path = Path.Combine(RepoPaths.Root, "samples", "wikinews-43.jsonl");
        using var stream = File.OpenRead(path);

        var results = JsonLinesReader.Read(stream, path).ToList();

        Assert.Equal(43, results.Count);
        Assert.All(results, r => Assert.False(r.IsSkipped));
        var first = System.Text.Json.JsonDocument.Parse(File.ReadLines(path).First()).RootElement;
        Assert.Equal(first.GetProperty("text").GetString(), results[0].Article!.Text);
        Assert.Equal("interview_cyclone", results[0].Article!.Id);
        Assert.Equal(new DateOnly(2013, 10, 14), results[0].Article!.Published);
    }

    [Fact]
    public void Read_MalformedLine_IsSkippedWithReasonAndRestRead()
    {
        var results = Read("""
            {"id": "a", "title": "One", "text": "First text."}
            {"id": "b", "title": "Two", "text": "Broken
            {"id": "c", "title": "Three", "published": "yesterday", "text": "Third."}
            {"title": "Four", "text": ""}
            [1, 2]
            {"title": "Six", "url": "https://x.example/6", "text": "Sixth text.", "published": "2024-08-06"}
            """);

        Assert.Equal(6, results.Count);
        Assert.Equal(["a", null, null, null, null, results[5].Article?.Id], results.Select(r => r.Article?.Id));
        Assert.StartsWith("not valid JSON", results[1].SkipReason);
        Assert.Equal("\"published\" is not a date: yesterday", results[2].SkipReason);
        Assert.Equal("\"text\" is empty", results[3].SkipReason);
        Assert.Equal("not a JSON object", results[4].SkipReason);
        Assert.Equal("in.jsonl:2", results[1].Origin);
        Assert.Equal(16, results[5].Article!.Id.Length);
    }

    [Fact]
    public void Read_JsonArrayOfArticles_ReadsEachElement()
    {
        var results = Read("[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"text\": 3}\n]\n");

        Assert.Equal("a", results[0].Article!.Id);
        Assert.Equal("no \"text\" string", results[1].SkipReason);
    }

    [Fact]
    public void Read_TextThatIsNotJson_IsOneSkipNotOnePerLine()
    {
        var results = Read(string.Concat(Enumerable.Repeat("Just a line of prose.\n", 500)));

        var skip = Assert.Single(results);
        Assert.StartsWith("not JSON Lines: the first 20 lines", skip.SkipReason);
    }

    [Fact]
    public void Read_OverlongLine_IsSkippedAndNextLineRead()
    {
        var huge = "{\"text\": \"" + new string('x', 200_000) + "\"}";
        var jsonl = "{\"id\": \"a\", \"text\": \"One.\"}\r\n" + huge + "\n{\"id\": \"b\", \"text\": \"Two.\"}";

        var results = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl", maxLineChars: 100_000).ToList();

        Assert.Equal(["a", null, "b"], results.Select(r => r.Article?.Id));
        Assert.Contains("character limit", results[1].SkipReason);
    }
}
