using System.Text.Json;
using Dyad.TestSupport;

namespace Dyad.Cli.Tests.Verbs;

public sealed class CodeVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-cli-code-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Articles(params (string Id, string Text)[] articles)
    {
        var path = Path.Combine(_dir, "in.jsonl");
        // A week apart, so the input-wide merger keeps each article's events apart.
        File.WriteAllLines(path, articles.Select((a, i) => JsonSerializer.Serialize(new
        {
            id = a.Id,
            published = new DateOnly(2024, 1, 1).AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            text = a.Text,
        })));
        return path;
    }

    [Fact]
    public async Task Code_ManyArticlesOnAllCores_KeepsInputOrder()
    {
        // Articles are coded by several workers at once; the output must still follow the input.
        var input = Articles([.. Enumerable.Range(0, 40).Select(i => ($"a{i:00}", i % 2 == 0
            ? "Iran attacked Israel on Monday, the army said."
            : "Egyptian police arrested 12 protesters in Cairo on Monday."))]);
        var output = Path.Combine(_dir, "events.jsonl");
        var run = await InProcessDyad.RunAsync("code", input, "--format", "jsonl", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var articleIds = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("mentions")[0].GetProperty("article_id").GetString()).ToList();
        Assert.True(articleIds.Distinct().Count() >= 20, string.Join(" ", articleIds));
        Assert.Equal(articleIds.Order(StringComparer.Ordinal), articleIds);
    }

    [Fact]
    public async Task Code_Timings_ReportsStartupStagesCpuAndTokens()
    {
        var run = await InProcessDyad.RunAsync("code", Articles(("t1", "Iran attacked Israel on Monday.")), "--timings", "--out", Path.Combine(_dir, "events.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.StartsWith("start-up (wall)", StringComparison.Ordinal) && l.Contains("parser", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.StartsWith("coder ", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.StartsWith("all stages", StringComparison.Ordinal) && l.Contains("1 documents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Code_SyndicatedCopies_MergeIntoOneEventWithAMentionPerCopy()
    {
        // One wire story on two sites, the same day. Its actor is a name without a code, which the merge rule trusts only
        // inside one article or its copies, so the copies must be found for the two reports to count as one event.
        const string Wire = "Mohamed Salah threatened the protesters in Cairo on Monday, witnesses said. The crowd dispersed later.";
        var path = Path.Combine(_dir, "copies.jsonl");
        File.WriteAllLines(path, new[] { "site-a", "site-b" }.Select(id => JsonSerializer.Serialize(new { id, published = "2024-01-03", text = Wire })));
        var output = Path.Combine(_dir, "events.jsonl");

        var run = await InProcessDyad.RunAsync("code", path, "--format", "jsonl", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var events = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(["site-a", "site-b"],
            e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("article_id").GetString()!).Order(StringComparer.Ordinal)));
    }
}
