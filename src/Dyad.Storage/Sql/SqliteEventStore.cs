using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sql;

/// <summary>The default store: one SQLite file in WAL mode, so readers never wait for the writer.</summary>
internal sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _connectionString;

    public SqliteEventStore(string path, MergeRule merge) : base(merge)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 120,
        }.ToString();
    }

    public string Path { get; }
    public override string Engine => "sqlite";
    protected override IReadOnlyList<string> Migrations => SqliteSchema.Migrations;

    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        // WAL with synchronous=NORMAL: a killed process never loses a committed batch; only power loss could.
        await c.ExecAsync(null, "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 120000;", ct);
        return c;
    }

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        await using var c = await OpenAsync(ct);
        await c.ExecAsync(null, "PRAGMA journal_mode = WAL;", ct);
    }

    // BEGIN IMMEDIATE: the batch takes the write lock up front, so its merge queries see every committed batch.
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection c, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)c).BeginTransaction(IsolationLevel.Serializable, deferred: false));

    protected override string SearchClause(string parameter) => $"e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {parameter})";

    /// <summary>Each word becomes a quoted FTS5 term (all must match), so user text cannot inject FTS5 syntax.</summary>
    protected override string? SearchValue(string q)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < q.Length)
        {
            while (i < q.Length && !char.IsLetterOrDigit(q[i])) i++;
            int start = i;
            while (i < q.Length && char.IsLetterOrDigit(q[i])) i++;
            if (i > start) sb.Append(sb.Length == 0 ? "" : " ").Append('"').Append(q, start, i - start).Append('"');
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    protected override Task IndexTextAsync(DbConnection c, DbTransaction tx, long seq, string text, bool append, CancellationToken ct) =>
        append
            ? c.ExecAsync(tx, "UPDATE events_fts SET body = body || ' ' || @t WHERE rowid = @seq", ct, ("@t", text), ("@seq", seq))
            : c.ExecAsync(tx, "INSERT INTO events_fts (rowid, body) VALUES (@seq, @t)", ct, ("@t", text), ("@seq", seq));

    public override ValueTask DisposeAsync()
    {
        // Releases pooled handles so the file can be moved or deleted once the store is closed.
        using (var c = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(c);
        return ValueTask.CompletedTask;
    }
}
