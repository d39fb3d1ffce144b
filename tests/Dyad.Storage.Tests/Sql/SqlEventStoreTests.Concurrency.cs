using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

public sealed partial class SqlEventStoreTests
{
    private static DbConnection RawConnection(string engine, string db) =>
        engine == "sqlite" ? new SqliteConnection($"Data Source={db};Pooling=False") : new NpgsqlConnection(db);

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Queries_WhileAWriterHoldsAnOpenBatch_AnswerAtOnceWithCommittedData(string engine)
    {
        var db = _stores.NewDb(engine);
        var store = await _stores.OpenDbAsync(db);
        var a = Article("c1", "Committed.");
        await store.SaveBatchAsync([Processed(a, Event(a, "040", "USAGOV", "IRQGOV"))]);

        await using var writer = RawConnection(engine, db);
        await writer.OpenAsync();
        // A batch in flight: the write lock taken, a row written, nothing committed.
        await using var tx = await writer.BeginTransactionAsync();
        await using (var cmd = writer.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = engine == "sqlite"
                ? "INSERT INTO articles (id, content_hash, source_key, added) VALUES ('open', 'h-open', 'x', '2024-01-01')"
                : "INSERT INTO articles (id, content_hash, source_key, added) VALUES ('open', 'h-open', 'x', now())";
            await cmd.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        var counts = await store.CountsAsync();
        var page = await store.QueryEventsAsync(new EventQuery());
        var series = await store.SeriesAsync(new SeriesQuery());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"readers waited {clock.Elapsed}");
        Assert.Equal(1L, counts.Articles);
        Assert.Single(page.Items);
        Assert.Single(series);
        await tx.RollbackAsync();
    }
}
