using System.IO.Compression;
using System.Text;
using Dyad.Reading;
using Dyad.TestSupport;
using FsCheck.Xunit;

namespace Dyad.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-read-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<ReadResult> ReadAll(string path, ArticleReaderOptions? options = null)
    {
        using var reader = new ArticleReader(options ?? new ArticleReaderOptions { FetchLinkedPages = false });
        return reader.Read(path).ToList();
    }

    private static List<ReadResult> ReadBytes(byte[] bytes, string? name)
    {
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false, MaxDocumentBytes = 1 << 20 });
        return reader.ReadStreamAsync(new MemoryStream(bytes), name ?? "-", name, null, null).ToBlockingEnumerable().ToList();
    }

    [Fact]
    public void Read_Folder_ReadsEveryFormatRecursivelyInOrderAndSkipsHidden()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "b", ".git"));
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures", "news-page.html"), Path.Combine(_dir, "a.html"));
        File.WriteAllText(Path.Combine(_dir, "b", "c.txt"), "Storm Hits Coast\n\nThe storm reached the coast on Monday, officials said.\n");
        File.WriteAllText(Path.Combine(_dir, "b", ".git", "config"), "The storm reached the coast on Monday, officials said.\n");
        File.WriteAllText(Path.Combine(_dir, "b", "d.jsonl"), "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        var results = ReadAll(_dir);

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.False(r.IsSkipped));
        Assert.Equal("Storm Hits Coast", results[1].Article!.Title);
        Assert.EndsWith("d.jsonl:2", results[3].Origin);
    }

    [Fact]
    public void Read_Dash_ReadsStandardInputAndSniffsFormat()
    {
        var stdin = Encoding.UTF8.GetBytes("{\"id\": \"x1\", \"text\": \"From a pipe.\"}\n");
        var results = ReadAll("-", new ArticleReaderOptions { StandardInput = () => new MemoryStream(stdin) });

        Assert.Equal("x1", Assert.Single(results).Article!.Id);
    }

    [Fact]
    public async Task ReadAsync_Url_FetchesPageAndKeepsItsAddress()
    {
        using var server = new LoopbackServer((request, response) => LoopbackServer.Write(response,
            "<html><head><title>Dam opens</title></head><body><p>The new dam opened on Friday after six years of work, the ministry said.</p></body></html>"));
        using var fetcher = new PageFetcher { MinInterval = TimeSpan.Zero };
        using var reader = new ArticleReader(new ArticleReaderOptions { Fetcher = fetcher });

        var results = new List<ReadResult>();
        await foreach (var r in reader.ReadAsync(server.Url("/news/dam"))) results.Add(r);

        var article = Assert.Single(results).Article!;
        Assert.Equal(server.Url("/news/dam"), article.Url);
        Assert.Equal("Dam opens", article.Title);
        Assert.Equal("127.0.0.1", article.Source);
    }

    [Fact]
    public void Read_GzippedJsonLines_IsDecompressed()
    {
        var path = Path.Combine(_dir, "a.jsonl.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gzip.Write("{\"id\": \"z\", \"text\": \"Zipped.\"}\n"u8);

        Assert.Equal("z", Assert.Single(ReadAll(path)).Article!.Id);
    }

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("\n\n   \n", "no article text (blank or only boilerplate)")]
    public void Read_EmptyOrBlankFile_IsSkippedWithReason(string content, string reason)
    {
        var path = Path.Combine(_dir, "blank.txt");
        File.WriteAllText(path, content);

        Assert.Equal(reason, Assert.Single(ReadAll(path)).SkipReason);
    }

    [Fact]
    public void Read_BinaryAndMissingAndHugeInputs_AreSkippedAndBatchGoesOn()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a.pdf"), [.. "%PDF-1.7\n"u8, 0, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_dir, "b.bin"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);
        File.WriteAllText(Path.Combine(_dir, "c.txt"), string.Concat(Enumerable.Repeat("A long line of text that ends here.\n", 40000)));
        File.WriteAllText(Path.Combine(_dir, "d.txt"), "The talks resumed on Monday after a pause of two weeks.\n");

        var results = ReadAll(_dir, new ArticleReaderOptions { MaxDocumentBytes = 1 << 20 });

        Assert.Equal(["a PDF file, not text", "binary data (NUL bytes)", "over the 1 MB limit for one document", null], results.Select(r => r.SkipReason));
        Assert.Equal("no such file or folder", Assert.Single(ReadAll(Path.Combine(_dir, "nope.txt"))).SkipReason);
    }

    [Fact]
    public void Read_TruncatedGzip_EndsWithReasonNotException()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            for (var i = 0; i < 2000; i++) gzip.Write(Encoding.UTF8.GetBytes($"{{\"id\": \"n{i}\", \"text\": \"Line {i} with some words.\"}}\n"));
        var cut = buffer.ToArray()[..^40];

        var results = ReadBytes(cut, "cut.jsonl.gz");

        Assert.True(results.Count(r => !r.IsSkipped) > 100);
        Assert.True(results[^1].IsSkipped);
    }

    [Property(MaxTest = 200)]
    public bool Read_RandomBytes_NeverThrows(byte[] bytes, byte pick)
    {
        string?[] names = [null, "x.txt", "x.html", "x.xml", "x.jsonl", "x.warc", "x.warc.gz"];
        byte[][] prefixes = [[], "WARC/1.0\r\nContent-Length: 5\r\n\r\n"u8.ToArray(), "<rss><channel><item><title>"u8.ToArray(), [0x1F, 0x8B], "{\"text\":"u8.ToArray(), "<html><p>"u8.ToArray()];
        var input = (byte[])[.. prefixes[pick % prefixes.Length], .. bytes];
        var results = ReadBytes(input, names[pick / prefixes.Length % names.Length]);
        return results.All(r => r.IsSkipped ? !string.IsNullOrWhiteSpace(r.SkipReason) : r.Article!.Text.Length > 0);
    }

    [Property(MaxTest = 200)]
    public bool Read_RandomText_GivesCleanParagraphs(string text)
    {
        var articles = PlainTextReader.Read(TextDecoding.Clean(text ?? "")).ToList();
        return articles.All(a => a.Text.Length > 0 && !a.Text.Contains("\n\n\n") && a.Text == a.Text.Trim());
    }
}
