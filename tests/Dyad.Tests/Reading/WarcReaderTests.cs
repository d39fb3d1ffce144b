using System.IO.Compression;
using System.Text;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class WarcReaderTests
{
    private const string Page = """
        <html><head><meta charset="utf-8"><meta property="og:title" content="Army and rebels sign truce"></head><body>
        <article><p>The army and the rebels signed a truce on Friday in the northern city, a spokesman for the mediators said.</p>
        <p>The truce is the third this year; the previous two collapsed within days.</p></article></body></html>
        """;

    /// <summary>A small crawl: warcinfo, request, an HTML response, an image response and a redirect.</summary>
    internal static List<byte[]> Records() =>
    [
        Record("warcinfo", null, "application/warc-fields", "software: test\r\n"),
        Record("request", "https://news.example.com/truce", "application/http; msgtype=request", "GET /truce HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
        Record("response", "https://news.example.com/truce", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + Page),
        Record("response", "https://news.example.com/logo.png", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u0089PNG"),
        Record("response", "https://news.example.com/old", "application/http; msgtype=response",
            "HTTP/1.1 301 Moved Permanently\r\nLocation: /truce\r\n\r\n"),
    ];

    internal static byte[] Record(string type, string? target, string contentType, string block)
    {
        var body = Encoding.UTF8.GetBytes(block);
        var header = new StringBuilder("WARC/1.0\r\n")
            .Append($"WARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2024-08-02T10:00:00Z\r\n");
        if (target is not null) header.Append($"WARC-Target-URI: {target}\r\n");
        header.Append($"Content-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. body, .. "\r\n\r\n"u8];
    }

    private static List<ReadResult> ReadBytes(byte[] bytes, string name)
    {
        using var reader = new ArticleReader();
        return reader.ReadStreamAsync(new MemoryStream(bytes), name, name, null, null).ToBlockingEnumerable().ToList();
    }

    [Fact]
    public void Read_PlainWarc_ReturnsOnlyTheHtmlResponse()
    {
        var results = ReadBytes([.. Records().SelectMany(r => r)], "crawl.warc");

        var article = Assert.Single(results).Article!;
        Assert.Equal("Army and rebels sign truce", article.Title);
        Assert.Equal("https://news.example.com/truce", article.Url);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Read_GzipMemberPerRecord_ReadsAcrossMembers()
    {
        using var file = new MemoryStream();
        foreach (var record in Records().Concat(Records()))
        {
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        var results = ReadBytes(file.ToArray(), "crawl.warc.gz");

        Assert.Equal(2, results.Count(r => !r.IsSkipped));
        Assert.Equal(results[0].Article!.Id, results[1].Article!.Id); // same URL, same article
    }

    [Fact]
    public void Read_ChunkedGzippedPayload_IsDecoded()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(Page));
        var payload = compressed.ToArray();
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] http = [.. Encoding.ASCII.GetBytes(head), .. Encoding.ASCII.GetBytes($"{payload.Length:x}\r\n"), .. payload, .. "\r\n0\r\n\r\n"u8];
        byte[] record = [.. Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://news.example.com/truce>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n"), .. http, .. "\r\n\r\n"u8];

        var article = Assert.Single(ReadBytes(record, "one.warc")).Article!;

        Assert.Equal("https://news.example.com/truce", article.Url);
        Assert.StartsWith("The army and the rebels signed a truce", article.Text);
    }

    [Fact]
    public void Read_TruncatedWarc_KeepsEarlierRecordsAndSaysWhere()
    {
        byte[] all = [.. Records().SelectMany(r => r), .. Records()[2]];
        var cut = all[..^200];

        var results = ReadBytes(cut, "cut.warc");

        Assert.False(results[0].IsSkipped);
        Assert.Equal("record 6 is truncated", results[^1].SkipReason);
    }
}
