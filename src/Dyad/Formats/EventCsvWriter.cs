using System.Globalization;
using System.Text;

namespace Dyad.Formats;

/// <summary>Writes the flat event table as CSV (RFC 4180): a header row, comma-separated, CRLF line ends, quoted where needed.</summary>
public static class EventCsvWriter
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ExportRecord> rows, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        var columns = EventColumns.All;
        await w.WriteLineAsync(string.Join(',', columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder(1024);
        await foreach (var r in rows.WithCancellation(ct))
        {
            line.Clear();
            for (int i = 0; i < columns.Count; i++)
            {
                if (i > 0) line.Append(',');
                line.Append(Quote(Format(columns[i].Get(r))));
            }
            await w.WriteLineAsync(line, ct);
        }
        await w.FlushAsync(ct);
    }

    /// <summary>Invariant text of a value; null is the empty field.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>RFC 4180: a field with a comma, quote, CR or LF is wrapped in quotes and its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
