namespace Dyad.Storage;

/// <summary>Opens the store a DB argument names: a PostgreSQL connection string ("Host=…") or a SQLite file path.</summary>
public static class EventStore
{
    public const string DefaultPath = "dyad.db";

    /// <summary>Opens and migrates the store; <paramref name="merge"/> defaults to <see cref="MergeRule.Default"/>.</summary>
    public static async Task<IEventStore> OpenAsync(string? db, MergeRule? merge = null, CancellationToken ct = default)
    {
        IEventStore store = IsPostgres(db)
            ? new Sql.PostgresEventStore(db!, merge ?? MergeRule.Default)
            : new Sql.SqliteEventStore(string.IsNullOrWhiteSpace(db) ? DefaultPath : db, merge ?? MergeRule.Default);
        try
        {
            await store.MigrateAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>True when the argument looks like a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgres(string? db) =>
        db is not null && (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase));
}
