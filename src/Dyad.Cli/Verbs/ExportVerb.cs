using System.CommandLine;
using System.Globalization;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Storage;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad export`: streams stored events as GDELT TSV, CSV, JSON Lines or Parquet, never half-writing --out.</summary>
    public static Command Export()
    {
        var names = EventExports.All.Select(f => f.Name).ToArray();
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string", DefaultValueFactory = _ => EventStore.DefaultPath };
        var format = new Option<string>("--format") { Description = string.Join("|", names), Required = true };
        var from = new Option<string?>("--from") { Description = "first date, YYYY-MM-DD (inclusive)" };
        var to = new Option<string?>("--to") { Description = "last date, YYYY-MM-DD (inclusive)" };
        var mode = new Option<string>("--mode") { Description = "asserted (default), negated, hypothetical, future, or any", DefaultValueFactory = _ => "asserted" };
        var outFile = new Option<string?>("--out") { Description = "output file (default: standard output)" };
        var codebook = new Option<string?>("--codebook") { Description = "also write the format's codebook (Markdown) to this file" };
        var command = new Command("export", "Stream stored events in an analyst format.") { db, format, from, to, mode, outFile, codebook };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var fmt = EventExports.Find(parse.GetValue(format));
            if (fmt is null) return Fail(error, "export", $"--format must be one of {string.Join(", ", names)}");
            if (!TryDate(parse.GetValue(from), out var fromDate)) return Fail(error, "export", "--from must be a date YYYY-MM-DD");
            if (!TryDate(parse.GetValue(to), out var toDate)) return Fail(error, "export", "--to must be a date YYYY-MM-DD");
            if (fromDate > toDate) return Fail(error, "export", "--from is after --to");
            var modeText = parse.GetValue(mode) ?? "asserted";
            EventMode? modeValue = null;
            if (modeText != "any")
            {
                if (!EventJson.TryParseMode(modeText, out var m)) return Fail(error, "export", "--mode must be asserted, negated, hypothetical, future or any");
                modeValue = m;
            }
            var dbValue = parse.GetValue(db) ?? EventStore.DefaultPath;
            // Exporting from a store that does not exist is a mistake, not a request for an empty file.
            if (!EventStore.IsPostgres(dbValue) && !File.Exists(dbValue)) return Fail(error, "export", $"no store at {dbValue}");
            IEventStore store;
            try { store = await EventStore.OpenAsync(dbValue, ct: ct); }
            catch (Exception e) when (e is not OperationCanceledException) { return Fail(error, "export", $"cannot open the store: {e.Message}"); }
            await using (store)
            {
                var rows = store.StreamEventsAsync(fromDate, toDate, modeValue, ct);
                if (parse.GetValue(outFile) is { } path) await WriteAtomicallyAsync(path, s => fmt.WriteAsync(s, rows, ct));
                else
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await fmt.WriteAsync(stdout, rows, ct);
                }
                if (parse.GetValue(codebook) is { } cb) await WriteAtomicallyAsync(cb, s => s.WriteAsync(System.Text.Encoding.UTF8.GetBytes(fmt.Codebook), ct).AsTask());
                return 0;
            }
        });
        return command;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    /// <summary>Writes beside the target, then renames over it: a kill or an error never leaves a half-written file.</summary>
    internal static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                await write(file);
                await file.FlushAsync();
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static int Fail(TextWriter error, string verb, string message)
    {
        error.WriteLine($"dyad {verb}: {message}");
        return 1;
    }
}
