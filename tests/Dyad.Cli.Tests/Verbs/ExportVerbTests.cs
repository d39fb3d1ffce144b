using Dyad.Documents;
using Dyad.Storage;
using Microsoft.Data.Sqlite;
using Parquet;

namespace Dyad.Cli.Tests.Verbs;

public sealed class ExportVerbTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-export-").FullName;
    private string Db => Path.Combine(_dir, "e.db");

    public async Task InitializeAsync()
    {
        await using var store = await EventStore.OpenAsync(Db);
        var batch = Enumerable.Range(0, 12).Select(i =>
        {
            var a = new Article($"a{i}", $"T{i}", new DateOnly(2024, 5, 1).AddDays(i), $"https://example.org/{i}", "example.org", $"Israel, \"reportedly\", struck {i}.", []);
            var e = new CodedEvent
            {
                Id = $"e{i}", Date = a.Published!.Value, Code = "190", Root = "19", QuadClass = 4, Goldstein = -10, Rule = "r",
                Mode = i % 4 == 3 ? EventMode.Hypothetical : EventMode.Asserted,
                Source = new EventActor("Israel", 0, 6, "Israel", "ISR", "ISR", null),
                Target = new EventActor($"T{i}", 0, 1, null, $"T{i:D2}", null, null), // distinct dyads: nothing merges
                Mentions = [new EventMention(a.Id, a.Title, 0, a.Text, 0, a.Text.Length)],
            };
            return new ProcessedArticle(a, null, [e]);
        }).ToList();
        await store.SaveBatchAsync(batch);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* harmless */ }
        return Task.CompletedTask;
    }

    private Task<(int Code, string Out, string Err)> Export(params string[] args) =>
        IngestVerbTests.RunAsync(Dyad.Cli.Verbs.Export(), ["--db", Db, .. args]);

    [Fact]
    public async Task Export_Gdelt_WritesAssertedRowsInRangeAndACodebook()
    {
        var outFile = Path.Combine(_dir, "g.CSV");
        var book = Path.Combine(_dir, "g.md");

        var (code, _, error) = await Export("--format", "gdelt", "--from", "2024-05-02", "--to", "2024-05-09", "--out", outFile, "--codebook", book);

        Assert.Equal((0, ""), (code, error));
        var rows = File.ReadAllLines(outFile).Select(l => l.Split('\t')).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.All(rows, r => Assert.InRange(int.Parse(r[1]), 20240502, 20240509));
        Assert.Contains("ActionGeo_CountryCode", await File.ReadAllTextAsync(book));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task Export_ParquetAnyMode_ReadsBackEveryEvent()
    {
        var outFile = Path.Combine(_dir, "p.parquet");

        var (code, _, _) = await Export("--format", "parquet", "--mode", "any", "--out", outFile);

        Assert.Equal(0, code);
        await using var reader = await ParquetReader.CreateAsync(outFile);
        using var g = reader.OpenRowGroupReader(0);
        Assert.Equal(12, g.RowCount);
    }

    [Fact]
    public async Task Export_BadArgument_FailsAndLeavesAnExistingOutUntouched()
    {
        var outFile = Path.Combine(_dir, "keep.csv");
        await File.WriteAllTextAsync(outFile, "previous");

        var (code, _, error) = await Export("--format", "csv", "--to", "May 9", "--out", outFile);

        Assert.NotEqual(0, code);
        Assert.Equal("dyad export: --to must be a date YYYY-MM-DD", error.Trim());
        Assert.Equal("previous", await File.ReadAllTextAsync(outFile));
    }
}
