using Parquet;
using System.Globalization;
using Parquet.Schema;

namespace Dyad.Formats;

/// <summary>Writes the flat event table as Parquet with typed columns: dates as DATE, codes as strings, counts as INT64.</summary>
/// <remarks>Rows are buffered one row group at a time, so memory stays bounded however long the export.</remarks>
public static class EventParquetWriter
{
    public const int RowGroupSize = 8192;

    public static ParquetSchema Schema { get; } = new(EventColumns.All.Select(Field).ToArray());

    private static DataField Field(ExportColumn c) => c.Type switch
    {
        ExportType.Integer => new DataField<long?>(c.Name),
        ExportType.Double => new DataField<double?>(c.Name),
        ExportType.Date => new DataField<DateOnly?>(c.Name),
        _ => new DataField(c.Name, typeof(string), isNullable: true),
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ExportRecord> rows, CancellationToken ct = default)
    {
        var columns = EventColumns.All;
        var fields = Schema.GetDataFields();
        var buffer = new List<ExportRecord>(RowGroupSize);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy, UseDateOnlyTypeForDates = true };
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, options, cancellationToken: ct);
        bool any = false;
        await foreach (var r in rows.WithCancellation(ct))
        {
            buffer.Add(r);
            if (buffer.Count == RowGroupSize) { await FlushAsync(writer, fields, columns, buffer, ct); any = true; }
        }
        // An empty export still gets one (empty) row group, so readers see the schema and zero rows.
        if (buffer.Count > 0 || !any) await FlushAsync(writer, fields, columns, buffer, ct);
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField[] fields, IReadOnlyList<ExportColumn> columns, List<ExportRecord> rows, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < columns.Count; c++)
        {
            var get = columns[c].Get;
            var field = fields[c];
            switch (columns[c].Type)
            {
                case ExportType.Integer:
                    await group.WriteAsync<long>(field, rows.Select(r => get(r) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : (long?)null).ToArray(), cancellationToken: ct);
                    break;
                case ExportType.Double:
                    await group.WriteAsync<double>(field, rows.Select(r => get(r) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : (double?)null).ToArray(), cancellationToken: ct);
                    break;
                case ExportType.Date:
                    await group.WriteAsync<DateOnly>(field, rows.Select(r => (DateOnly?)get(r)).ToArray(), cancellationToken: ct);
                    break;
                default:
                    await group.WriteAsync(field, rows.Select(r => get(r) as string is { Length: > 0 } s ? s : null).ToArray()!);
                    break;
            }
        }
        rows.Clear();
    }
}
