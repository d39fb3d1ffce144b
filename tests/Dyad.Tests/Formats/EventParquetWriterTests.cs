using Dyad.Formats;
using Parquet;
using Parquet.Schema;
using static Dyad.Tests.Formats.ExportSamples;

namespace Dyad.Tests.Formats;

public sealed class EventParquetWriterTests
{
    [Fact]
    public async Task Write_Events_ReadsBackWithTypedColumns()
    {
        var events = Enumerable.Range(0, EventParquetWriter.RowGroupSize + 5).Select(i => (i % 2 == 0 ? Full : Bare) with { Id = $"e{i}" }).ToArray();
        using var ms = new MemoryStream();
        await EventParquetWriter.WriteAsync(ms, Rows(events));
        ms.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(ms, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(EventColumns.All.Select(c => c.Name), fields.Select(f => f.Name));
        Assert.Equal(typeof(DateOnly), Field("date").ClrType);
        Assert.Contains(Field("code").ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.Equal(typeof(long), Field("quad_class").ClrType);
        Assert.Equal(2, reader.RowGroupCount);

        using var group = reader.OpenRowGroupReader(0);
        int n = (int)group.RowCount;
        var dates = new DateOnly?[n];
        await group.ReadAsync<DateOnly>(Field("date"), dates);
        var codes = new string[n];
        await group.ReadAsync(Field("code"), codes);
        var sources = new string[n];
        await group.ReadAsync(Field("source_code"), sources);
        var lats = new double?[n];
        await group.ReadAsync<double>(Field("place_lat"), lats);
        Assert.Equal([new DateOnly(2024, 8, 5), new DateOnly(2023, 12, 31)], dates[..2]);
        Assert.Equal(["041", "190"], codes[..2]);
        Assert.Equal("USAGOV", sources[0]);
        Assert.Null(sources[1]);
        Assert.Equal(33.34, lats[0]);
        Assert.Null(lats[1]);

        DataField Field(string name) => fields.Single(f => f.Name == name);
    }

    [Fact]
    public async Task Write_NoEvents_IsAValidFileWithZeroRows()
    {
        using var ms = new MemoryStream();
        await EventParquetWriter.WriteAsync(ms, Rows());
        ms.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(ms);
        Assert.Equal(EventColumns.All.Count, reader.Schema.GetDataFields().Length);
        Assert.Equal(0, Enumerable.Range(0, reader.RowGroupCount).Sum(i => { using var g = reader.OpenRowGroupReader(i); return g.RowCount; }));
    }
}
