using System.Text.Json;
using Dyad.Formats;
using Parquet;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests;

public sealed class EventExportsTests : IAsyncLifetime
{
    private readonly TestStores _stores = new();
    private IEventStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _stores.OpenAsync("sqlite");
        var batch = Enumerable.Range(0, 30).Select(i =>
        {
            var a = Article($"x{i}", $"Report {i}, with a comma.", published: new DateOnly(2024, 3, 1).AddDays(i));
            return Processed(a, Event(a, i % 2 == 0 ? "043" : "190", "USAGOV", "IRQGOV", place: i % 3 == 0 ? Baghdad : null));
        }).ToList();
        await _store.SaveBatchAsync(batch);
    }

    public async Task DisposeAsync() => await _stores.DisposeAsync();

    private async Task<byte[]> ExportAsync(string format, Stream? sink = null)
    {
        using var ms = new MemoryStream();
        await EventExports.Find(format)!.WriteAsync(sink ?? ms, _store.StreamEventsAsync(new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 14)), default);
        return ms.ToArray();
    }

    [Fact]
    public async Task Gdelt_ReadBackColumnByColumn_MatchesTheStore()
    {
        var lines = System.Text.Encoding.UTF8.GetString(await ExportAsync("gdelt")).TrimEnd('\n').Split('\n');

        Assert.Equal(10, lines.Length);
        foreach (var cols in lines.Select(l => l.Split('\t')))
        {
            Assert.Equal(61, cols.Length);
            Assert.True(long.TryParse(cols[0], out _));
            Assert.Matches("^202403(0[5-9]|1[0-4])$", cols[1]);
            Assert.Equal(("USAGOV", "IRQGOV"), (cols[5], cols[15]));
            Assert.Contains(cols[26], new[] { "043", "190" });
            Assert.Equal(cols[26][..2], cols[28]);
            Assert.Contains(cols[53], new[] { "IZ", "" });
            Assert.Matches(@"^\d{14}$", cols[59]);
            Assert.StartsWith("https://example.org/x", cols[60]);
        }
    }

    [Fact]
    public async Task Mentions_JoinTheEventsExportById()
    {
        var events = System.Text.Encoding.UTF8.GetString(await ExportAsync("gdelt")).TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]).ToHashSet();
        var mentions = System.Text.Encoding.UTF8.GetString(await ExportAsync("mentions")).TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();

        Assert.Equal(10, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(16, m.Length));
        Assert.Equal(events, mentions.Select(m => m[0]).ToHashSet());
    }

    [Fact]
    public async Task Jsonl_EachLineIsAContractEvent()
    {
        var lines = System.Text.Encoding.UTF8.GetString(await ExportAsync("jsonl")).TrimEnd('\n').Split('\n');

        Assert.Equal(10, lines.Length);
        Assert.All(lines, l => Assert.Equal("USAGOV", JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Parquet_ToANonSeekableStream_StillReadsBack()
    {
        using var ms = new MemoryStream();
        await ExportAsync("parquet", new ForwardOnly(ms));
        ms.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(ms);
        using var g = reader.OpenRowGroupReader(0);
        Assert.Equal(10, g.RowCount);
    }

    [Fact]
    public void Find_EveryFormat_HasACodebook()
    {
        Assert.All(EventExports.All, f => Assert.Contains("| 0 |", f.Codebook));
        Assert.Equal("csv", EventExports.Find("CSV")!.Name);
        Assert.Null(EventExports.Find("xml"));
    }

    /// <summary>A write-only stream that cannot seek, like an HTTP response body.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
