using System.Runtime.CompilerServices;
using Dyad.Formats;

namespace Dyad.Storage;

/// <summary>One export format: its name, media type, file extension, codebook, and the writer that streams stored events in it.</summary>
public sealed record EventExportFormat(
    string Name, string ContentType, string Extension, Func<Stream, IAsyncEnumerable<StoredEvent>, CancellationToken, Task> WriteAsync)
{
    /// <summary>The Markdown codebook describing every column of this format.</summary>
    public string Codebook => ExportCodebook.For(Name);
}

/// <summary>The export formats `dyad export` and /api/export share, so both print the same bytes.</summary>
public static class EventExports
{
    public static IReadOnlyList<EventExportFormat> All { get; } =
    [
        new("gdelt", "text/tab-separated-values; charset=utf-8", ".export.CSV", (s, rows, ct) => new GdeltEventWriter().WriteAsync(s, Records(rows), ct)),
        new("mentions", "text/tab-separated-values; charset=utf-8", ".mentions.CSV", (s, rows, ct) => GdeltMentionWriter.WriteAsync(s, Records(rows), ct)),
        new("csv", "text/csv; charset=utf-8; header=present", ".csv", (s, rows, ct) => EventCsvWriter.WriteAsync(s, Records(rows), ct)),
        new("jsonl", "application/x-ndjson; charset=utf-8", ".jsonl", (s, rows, ct) => EventJson.WriteLinesAsync(s, Events(rows), ct)),
        new("parquet", "application/vnd.apache.parquet", ".parquet", WriteParquetAsync),
    ];

    /// <summary>The format of a name (case-insensitive), or null.</summary>
    public static EventExportFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes a GDELT-style export with a gazetteer's ISO→FIPS crosswalk instead of the built-in table.</summary>
    public static Task WriteGdeltAsync(Stream output, IAsyncEnumerable<StoredEvent> rows, Func<string, string?> isoToFips, CancellationToken ct = default) =>
        new GdeltEventWriter(isoToFips).WriteAsync(output, Records(rows), ct);

    public static async IAsyncEnumerable<ExportRecord> Records(IAsyncEnumerable<StoredEvent> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var r in rows.WithCancellation(ct)) yield return new ExportRecord(r.Event, r.Seq, r.Added, r.MentionsAdded);
    }

    private static async IAsyncEnumerable<Dyad.Documents.CodedEvent> Events(IAsyncEnumerable<StoredEvent> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var r in rows.WithCancellation(ct)) yield return r.Event;
    }

    /// <summary>Parquet's footer needs a seekable stream; a network stream gets the file through a temporary file, never through memory.</summary>
    private static async Task WriteParquetAsync(Stream output, IAsyncEnumerable<StoredEvent> rows, CancellationToken ct)
    {
        if (output.CanSeek)
        {
            await EventParquetWriter.WriteAsync(output, Records(rows), ct);
            return;
        }
        var temp = Path.Combine(Path.GetTempPath(), $"dyad-export-{Guid.NewGuid():N}.parquet");
        await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await EventParquetWriter.WriteAsync(file, Records(rows), ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }
}
