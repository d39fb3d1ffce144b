using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Dyad.Storage.Sql;

/// <summary>Short forms for parameterised ADO.NET commands shared by the SQLite and PostgreSQL stores.</summary>
internal static class DbExtensions
{
    // Commands reused within one write transaction: a batch runs the same dozen statements thousands of times,
    // and re-preparing each one dominated the ingest profile.
    private static readonly ConditionalWeakTable<DbTransaction, Dictionary<string, DbCommand>> Prepared = new();

    /// <summary>Reuses commands for the transaction's lifetime; disposing the result disposes them.</summary>
    public static IDisposable ReuseCommands(this DbTransaction tx)
    {
        var commands = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        Prepared.AddOrUpdate(tx, commands);
        return new Release(tx, commands);
    }

    /// <summary>A command for the SQL, reused when the transaction reuses commands; the caller must not dispose it then.</summary>
    public static DbCommand Reused(this DbConnection c, DbTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        if (!Prepared.TryGetValue(tx, out var commands)) throw new InvalidOperationException("the transaction does not reuse commands");
        if (!commands.TryGetValue(sql, out var cmd) || cmd.Parameters.Count != args.Length)
        {
            cmd?.Dispose();
            commands[sql] = cmd = c.Command(tx, sql, args);
            return cmd;
        }
        for (int i = 0; i < args.Length; i++) cmd.Parameters[i].Value = Normalize(args[i].Value);
        return cmd;
    }

    private sealed class Release(DbTransaction tx, Dictionary<string, DbCommand> commands) : IDisposable
    {
        public void Dispose()
        {
            Prepared.Remove(tx);
            foreach (var cmd in commands.Values) cmd.Dispose();
            commands.Clear();
        }
    }

    private static object Normalize(object? value) => value switch
    {
        null => DBNull.Value,
        string s when s.Length == 0 => DBNull.Value,
        _ => value,
    };

    public static DbCommand Command(this DbConnection c, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Add(name, value);
        return cmd;
    }

    public static DbCommand Add(this DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = Normalize(value);
        cmd.Parameters.Add(p);
        return cmd;
    }

    public static async Task<int> ExecAsync(this DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        if (tx is not null && Prepared.TryGetValue(tx, out _)) return await c.Reused(tx, sql, args).ExecuteNonQueryAsync(ct);
        await using var cmd = c.Command(tx, sql, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(this DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        object? v;
        if (tx is not null && Prepared.TryGetValue(tx, out _)) v = await c.Reused(tx, sql, args).ExecuteScalarAsync(ct);
        else
        {
            await using var cmd = c.Command(tx, sql, args);
            v = await cmd.ExecuteScalarAsync(ct);
        }
        return v is DBNull ? null : v;
    }

    public static string? Str(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static long Long(this DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static long? LongOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Long(i);
    public static int Int(this DbDataReader r, int i) => (int)r.Long(i);
    public static double Dbl(this DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public static DateOnly Date(this DbDataReader r, int i) => r.GetFieldValue<DateOnly>(i);
    public static DateOnly? DateOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
    public static DateTime Time(this DbDataReader r, int i) => DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    /// <summary>Appends "@pfx0, @pfx1, …" for an IN list and adds the parameters.</summary>
    public static string InList<T>(this DbCommand cmd, string prefix, IEnumerable<T> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            var n = $"@{prefix}{names.Count}";
            cmd.Add(n, v);
            names.Add(n);
        }
        return names.Count == 0 ? "NULL" : string.Join(", ", names);
    }
}
