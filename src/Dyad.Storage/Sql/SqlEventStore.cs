using System.Data.Common;

namespace Dyad.Storage.Sql;

/// <summary>The store over plain ADO.NET, shared by SQLite and PostgreSQL; subclasses give connections, schema and text search.</summary>
/// <remarks>Every call opens its own pooled connection, so queries run beside a long ingest without waiting for it.</remarks>
internal abstract partial class SqlEventStore : IEventStore
{
    protected SqlEventStore(MergeRule merge) => Merge = merge;

    public abstract string Engine { get; }
    protected MergeRule Merge { get; }
    protected abstract IReadOnlyList<string> Migrations { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Starts the one write transaction of a batch, holding the engine's writer lock so merges see every earlier batch.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct);

    /// <summary>A WHERE fragment restricting alias "e" to events whose indexed text has every word of the parameter.</summary>
    protected abstract string SearchClause(string parameter);

    /// <summary>Makes an event's words searchable, or adds words to an event already indexed.</summary>
    protected abstract Task IndexTextAsync(DbConnection c, DbTransaction tx, long seq, string text, bool append, CancellationToken ct);

    /// <summary>The value bound for a text search: null when the query has no words, so nothing can match.</summary>
    protected virtual string? SearchValue(string q) => q;

    /// <summary>Engine set-up before the first migration: creating a missing database, switching on WAL.</summary>
    protected virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await PrepareAsync(ct);
        await using var c = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(c, ct);
        await c.ExecAsync(tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)", ct);
        var current = Convert.ToInt32(await c.ScalarAsync(tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version", ct) ?? 0,
            System.Globalization.CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
            throw new InvalidOperationException($"the database has schema version {current}, newer than this program's {Migrations.Count}");
        for (int v = current + 1; v <= Migrations.Count; v++)
        {
            await c.ExecAsync(tx, Migrations[v - 1], ct);
            await c.ExecAsync(tx, "INSERT INTO schema_version (version, applied) VALUES (@v, @t)", ct,
                ("@v", v), ("@t", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }
        await tx.CommitAsync(ct);
    }

    public async Task<StoreCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        async Task<long> Count(string table) => Convert.ToInt64(await c.ScalarAsync(null, $"SELECT COUNT(*) FROM {table}", ct) ?? 0L,
            System.Globalization.CultureInfo.InvariantCulture);
        return new StoreCounts(await Count("articles"), await Count("events"), await Count("event_mentions"), await Count("actors"));
    }

    public async Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0) return found;
        await using var c = await OpenAsync(ct);
        foreach (var chunk in contentHashes.Chunk(500))
        {
            await using var cmd = c.Command(null, "");
            cmd.CommandText = $"SELECT content_hash FROM articles WHERE content_hash IN ({cmd.InList("h", chunk)})";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) found.Add(r.GetString(0));
        }
        return found;
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
