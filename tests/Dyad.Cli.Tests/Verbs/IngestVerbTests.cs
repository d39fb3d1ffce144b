using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Dyad.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests.Verbs;

public sealed class IngestVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-ingest-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* leftover temp files are harmless */ }
    }

    internal static async Task<(int Code, string Out, string Err)> RunAsync(Command verb, params string[] args)
    {
        // Through the same entry point as the real command, so bad input is reported as one line.
        var outcome = await InProcessDyad.RunAsync([verb.Name, .. args]);
        return (outcome.ExitCode, outcome.Out, outcome.Err);
    }

    private string WriteArticles(int n, string name = "in.jsonl")
    {
        var path = Path.Combine(_dir, name);
        using var w = new StreamWriter(path);
        for (int i = 0; i < n; i++)
            w.WriteLine(JsonSerializer.Serialize(new { id = $"k{i}", title = $"Article {i}", published = "2024-08-06", url = $"https://example.org/{i}",
                text = $"Body of article {i}. " + string.Concat(Enumerable.Repeat("Officials met and talked at length. ", 5)) }));
        return path;
    }

    private static long Count(string db, string sql = "SELECT COUNT(*) FROM articles")
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException) { return 0; } // the file or its schema is still being created
    }

    [Fact]
    public async Task Ingest_SamplesTwice_StoresEachArticleOnce()
    {
        var db = Path.Combine(_dir, "s.db");
        var samples = Path.Combine(RepoPaths.Root, "samples");

        var first = await RunAsync(Dyad.Cli.Verbs.Ingest(), samples, "--db", db);
        var second = await RunAsync(Dyad.Cli.Verbs.Ingest(), samples, "--db", db);

        Assert.Equal(0, first.Code);
        Assert.StartsWith("stored 43 articles", first.Out);
        Assert.StartsWith("stored 0 articles (43 already stored", second.Out);
        Assert.Equal(43, Count(db));
    }

    [Fact]
    public async Task Ingest_MalformedLines_AreSkippedWithAReasonAndTheRestStored()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a\",\"text\":\"Fine.\"}\n{not json\n[1,2]\n{\"id\":\"b\"}\n\n{\"text\":\"No id.\"}\n");
        var db = Path.Combine(_dir, "b.db");

        var (code, output, error) = await RunAsync(Dyad.Cli.Verbs.Ingest(), path, "--db", db);

        Assert.Equal(0, code);
        Assert.StartsWith("stored 2 articles", output);
        Assert.Contains("bad.jsonl:2: not valid JSON", error);
        Assert.Contains("bad.jsonl:3: not a JSON object", error);
        Assert.Contains("bad.jsonl:4: no \"text\"", error);
    }

    [Fact]
    public async Task Ingest_MissingInput_FailsWithOneLineAndStoresNothing()
    {
        var db = Path.Combine(_dir, "m.db");
        var (code, _, error) = await RunAsync(Dyad.Cli.Verbs.Ingest(), Path.Combine(_dir, "absent.jsonl"), "--db", db);

        Assert.NotEqual(0, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Ingest_KilledMidRunThenRerun_StoresEveryArticleExactlyOnce()
    {
        const int n = 4000;
        var input = WriteArticles(n);
        var db = Path.Combine(_dir, "k.db");
        var dyad = typeof(Dyad.Cli.Verbs).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { "exec", dyad, "ingest", input, "--db", db, "--batch", "25" },
            RedirectStandardOutput = true, RedirectStandardError = true };

        using (var child = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            // Kill -9 as soon as the first batch is committed: the rest of the run is in flight.
            while (Count(db) == 0 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(5);
            child.Kill();
            await child.WaitForExitAsync();
        }
        var afterKill = Count(db);
        Assert.InRange(afterKill, 1, n - 1);
        Assert.Equal(0, afterKill % 25);

        var (code, output, _) = await RunAsync(Dyad.Cli.Verbs.Ingest(), input, "--db", db);

        Assert.Equal(0, code);
        Assert.StartsWith($"stored {n - afterKill} articles ({afterKill} already stored", output);
        Assert.Equal(n, Count(db));
        Assert.Equal(n, Count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.Equal(n, Count(db, "SELECT COUNT(*) FROM article_texts"));
    }
}
