using System.Text.Json;
using Dyad.TestSupport;

namespace Dyad.Cli.Tests.Verbs;

public sealed class ArticlesVerbTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures");
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonElement[] Objects(CliOutcome run) => [.. run.OutLines.Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task Articles_SeedFile_PrintsTwoArticlesWithoutBoilerplate()
    {
        var run = await InProcessDyad.RunAsync("articles", Path.Combine(Fixtures, "seed-two-articles.txt"));

        Assert.Equal(0, run.ExitCode);
        var articles = Objects(run);
        Assert.Equal(2, articles.Length);
        Assert.Equal("Iraq PM Pledges to Blinken to Protect International Coalition Advisors", articles[0].GetProperty("title").GetString());
        Assert.Equal("Baghdad Fears Iranian Retaliation, Cites Iraq as Key Missile Route", articles[1].GetProperty("title").GetString());
        foreach (var a in articles)
        {
            var text = a.GetProperty("text").GetString()!;
            Assert.DoesNotContain("(Government media)", text);
            Assert.DoesNotContain("\n\nTT\n\n", text);
            Assert.Equal(JsonValueKind.Null, a.GetProperty("url").ValueKind);
            Assert.Equal(["id", "title", "published", "url", "source", "text", "dropped"], a.EnumerateObject().Select(p => p.Name));
        }
        Assert.Empty(run.Err);
    }

    [Fact]
    public async Task Articles_SameInputTwice_GivesSameIds()
    {
        // --no-fetch: the fixture feed links to example.com, and tests must not depend on the network.
        var first = await InProcessDyad.RunAsync("articles", Fixtures, "--no-fetch");
        var second = await InProcessDyad.RunAsync("articles", Fixtures, "--no-fetch");

        Assert.Equal(first.Out, second.Out);
        Assert.True(first.OutLines.Length >= 4, first.ToString());
    }

    [Fact]
    public async Task Articles_Stdin_ReadsDash()
    {
        var run = await InProcessDyad.RunWithStdinAsync("Talks Resume\n\nThe talks resumed on Monday after a pause of two weeks.\n", "articles", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Talks Resume", Objects(run).Single().GetProperty("title").GetString());
    }

    [Fact]
    public async Task Articles_MissingFile_OneLineErrorAndNonZeroExit()
    {
        var run = await InProcessDyad.RunAsync("articles", Path.Combine(_dir, "missing.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"dyad: {Path.Combine(_dir, "missing.txt")}: no such file or folder", Assert.Single(run.ErrLines));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Articles_GarbageInput_SkippedWithReasonAndExitOne()
    {
        var path = Path.Combine(_dir, "noise.bin");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 256))]);

        var run = await InProcessDyad.RunAsync("articles", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"dyad: skipped {path}: binary data (NUL bytes)", "dyad: no articles found in the input (1 skipped)"], run.ErrLines);
    }

    [Fact]
    public async Task Articles_GarbageBesideGoodInput_StillPrintsTheGoodArticles()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a.bin"), [0, 1, 2, 3, 0, 0]);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "The talks resumed on Monday after a pause of two weeks.\n");

        var run = await InProcessDyad.RunAsync("articles", _dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutLines);
        Assert.Single(run.ErrLines);
    }

    [Fact]
    public async Task Articles_BadFormat_OneLineUsageError()
    {
        var run = await InProcessDyad.RunAsync("articles", Fixtures, "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("dyad: ", line);
        Assert.EndsWith("(see 'dyad articles --help')", line);
    }

    [Fact]
    public async Task Articles_OutFile_WrittenWholeAndNoTempLeft()
    {
        var outPath = Path.Combine(_dir, "articles.jsonl");

        var run = await InProcessDyad.RunAsync("articles", Path.Combine(Fixtures, "seed-two-articles.txt"), "--out", outPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(2, File.ReadAllLines(outPath).Length);
        Assert.Equal(["articles.jsonl"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Articles_OutFileWithNothingRead_LeavesOldFileUntouched()
    {
        var outPath = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllText(outPath, "old\n");
        File.WriteAllBytes(Path.Combine(_dir, "junk.bin"), [0, 0, 0, 1]);

        var run = await InProcessDyad.RunAsync("articles", Path.Combine(_dir, "junk.bin"), "--out", outPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("old\n", File.ReadAllText(outPath));
        Assert.Equal(2, Directory.GetFiles(_dir).Length);
    }
}
