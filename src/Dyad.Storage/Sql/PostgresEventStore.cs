using System.Data.Common;
using Npgsql;

namespace Dyad.Storage.Sql;

/// <summary>The same store on a PostgreSQL server: same tables, same queries, tsvector for text search.</summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    // Any fixed number: every Dyad writer takes this transaction-scoped lock, so batches merge one after another.
    private const long WriterLock = 0x44796164;
    private readonly NpgsqlConnectionStringBuilder _builder;
    private readonly Lazy<NpgsqlDataSource> _source;

    public PostgresEventStore(string connectionString, MergeRule merge) : base(merge)
    {
        // Auto-preparation: the batch writer repeats the same few statements thousands of times.
        _builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (_builder.MaxAutoPrepare == 0) _builder.MaxAutoPrepare = 64;
        _source = new(() => NpgsqlDataSource.Create(_builder.ConnectionString));
    }

    public override string Engine => "postgresql";
    protected override IReadOnlyList<string> Migrations => PostgresSchema.Migrations;

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct) => await _source.Value.OpenConnectionAsync(ct);

    /// <summary>Creates the named database when the server lacks it, so `--db "Host=…;Database=new"` just works.</summary>
    protected override async Task PrepareAsync(CancellationToken ct)
    {
        var name = _builder.Database;
        if (string.IsNullOrEmpty(name) || name == "postgres") return;
        var admin = new NpgsqlConnectionStringBuilder(_builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var c = new NpgsqlConnection(admin.ConnectionString);
        await c.OpenAsync(ct);
        if (await c.ScalarAsync(null, "SELECT 1 FROM pg_database WHERE datname = @n", ct, ("@n", name)) is not null) return;
        try
        {
            await c.ExecAsync(null, $"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it between the check and here: that is what we wanted.
        }
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct)
    {
        var tx = await c.BeginTransactionAsync(ct);
        await c.ExecAsync(tx, "SELECT pg_advisory_xact_lock(@k)", ct, ("@k", WriterLock));
        return tx;
    }

    protected override string SearchClause(string parameter) => $"e.search @@ plainto_tsquery('simple', {parameter})";

    protected override Task IndexTextAsync(DbConnection c, DbTransaction tx, long seq, string text, bool append, CancellationToken ct) =>
        c.ExecAsync(tx, "UPDATE events SET search = search || to_tsvector('simple', @t) WHERE seq = @seq", ct, ("@t", text), ("@seq", seq));

    public override async ValueTask DisposeAsync()
    {
        if (_source.IsValueCreated) await _source.Value.DisposeAsync();
    }
}
