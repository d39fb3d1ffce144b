using System.Reflection;
using Dyad.Storage;
using Npgsql;
using Xunit.Sdk;

namespace Dyad.Storage.Tests;

/// <summary>A fact that needs a PostgreSQL server (DYAD_TEST_POSTGRES) and skips, saying so, without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStores.PostgresServer is null) Skip = TestStores.NoPostgres;
    }
}

/// <summary>Adds the "postgresql" row to a store theory, skipped with a reason when no server is configured.</summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestStores.PostgresServer is null) Skip = TestStores.NoPostgres;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgresql"]];
}

/// <summary>Real stores for tests: a fresh SQLite file, or a fresh schema in this test run's own PostgreSQL database.</summary>
/// <remarks>
/// The run creates one uniquely named database (dyad_test_…) on first use and drops it when the test process exits;
/// each store gets its own schema in it (creating a database per test would cost a second each).
/// </remarks>
public sealed class TestStores : IAsyncDisposable
{
    private static readonly Lazy<string> RunDatabase = new(CreateRunDatabase, LazyThreadSafetyMode.ExecutionAndPublication);

    public const string NoPostgres = "needs a PostgreSQL server: set DYAD_TEST_POSTGRES (e.g. Host=127.0.0.1;Username=dyad;Password=dyad;Database=postgres)";
    public static string? PostgresServer => Environment.GetEnvironmentVariable("DYAD_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    private readonly List<IEventStore> _stores = [];
    private readonly List<string> _schemas = [];
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dyad-store-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The DB argument for a new empty store of the engine: a file path or a connection string.</summary>
    public string NewDb(string engine)
    {
        if (engine == "sqlite")
        {
            Directory.CreateDirectory(_dir);
            return Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        }
        var schema = $"t{Guid.NewGuid():N}";
        var db = RunDatabase.Value;
        Admin(db, $"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = db, SearchPath = schema }.ConnectionString;
    }

    private static string CreateRunDatabase()
    {
        var name = $"dyad_test_{Guid.NewGuid():N}";
        Admin("postgres", $"CREATE DATABASE {name}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            Admin("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        };
        return name;
    }

    private static void Admin(string database, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, Pooling = false };
        using var c = new NpgsqlConnection(admin.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public async Task<IEventStore> OpenAsync(string engine, MergeRule? merge = null) => await OpenDbAsync(NewDb(engine), merge);

    public async Task<IEventStore> OpenDbAsync(string db, MergeRule? merge = null)
    {
        var store = await EventStore.OpenAsync(db, merge);
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _stores) await s.DisposeAsync();
        foreach (var schema in _schemas) Admin(RunDatabase.Value, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        try { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a leftover temp file is harmless */ }
    }
}
