using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>Settings for <see cref="ArticleReader"/>.</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>Text and HTML documents larger than this are skipped (streamed formats are limited per record instead).</summary>
    public long MaxDocumentBytes { get; init; } = 32L << 20;

    /// <summary>Whether a feed item that carries only a summary has its linked page fetched.</summary>
    public bool FetchLinkedPages { get; init; } = true;

    /// <summary>The fetcher for URLs and feed links; one is made (and disposed) when not given.</summary>
    public PageFetcher? Fetcher { get; init; }

    /// <summary>Where "-" reads from; standard input when not given.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Called with the number of bytes just read from a file, for progress bars.</summary>
    public Action<long>? FileBytesRead { get; init; }
}

/// <summary>The one entry point for reading articles: files, folders (recursively), "-" for standard input, and URLs.</summary>
/// <remarks>
/// The format is found from the name and the first bytes: plain text, HTML, RSS/Atom feeds, JSON Lines, WARC, each
/// optionally gzipped. Every result is an article or a one-line skip reason; no input stops the batch.
/// </remarks>
public sealed class ArticleReader : IDisposable
{
    private const int HeadBytes = 64 << 10;
    private readonly ArticleReaderOptions _options;
    private readonly Lazy<PageFetcher> _fetcher;

    public ArticleReader(ArticleReaderOptions? options = null)
    {
        _options = options ?? new ArticleReaderOptions();
        _fetcher = new Lazy<PageFetcher>(() => _options.Fetcher ?? new PageFetcher());
    }

    /// <summary>The inputs a path stands for: a folder's files (recursively, in ordinal order, hidden ones left out), else itself.</summary>
    public static IEnumerable<string> Expand(string pathOrUrl)
    {
        if (pathOrUrl == "-" || IsUrl(pathOrUrl) || !Directory.Exists(pathOrUrl)) return [pathOrUrl];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(pathOrUrl, "*", options)
            .Where(f => !Path.GetRelativePath(pathOrUrl, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Reads everything <paramref name="pathOrUrl"/> holds; blocking form of <see cref="ReadAsync"/>.</summary>
    public IEnumerable<ReadResult> Read(string pathOrUrl) => ReadAsync(pathOrUrl).ToBlockingEnumerable();

    public async IAsyncEnumerable<ReadResult> ReadAsync(string pathOrUrl, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (IsUrl(pathOrUrl))
        {
            var fetched = await _fetcher.Value.FetchAsync(new Uri(pathOrUrl), ct).ConfigureAwait(false);
            if (fetched.Body is null) { yield return ReadResult.Skip(pathOrUrl, fetched.Error ?? "nothing fetched"); yield break; }
            await foreach (var r in ReadStreamAsync(new MemoryStream(fetched.Body), pathOrUrl, pathOrUrl, fetched.ContentType, fetched.Uri.AbsoluteUri, ct))
                yield return r;
            yield break;
        }
        if (pathOrUrl == "-")
        {
            var stdin = _options.StandardInput?.Invoke() ?? Console.OpenStandardInput();
            await foreach (var r in ReadStreamAsync(stdin, "-", null, null, null, ct)) yield return r;
            yield break;
        }
        if (!File.Exists(pathOrUrl) && !Directory.Exists(pathOrUrl)) { yield return ReadResult.Skip(pathOrUrl, "no such file or folder"); yield break; }
        foreach (var file in Expand(pathOrUrl))
        {
            ct.ThrowIfCancellationRequested();
            Stream? stream = null;
            string? error = null;
            try { stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"cannot open: {e.Message}"; }
            if (stream is null) { yield return ReadResult.Skip(file, error!); continue; }
            if (_options.FileBytesRead is { } report) stream = new CountingStream(stream, report);
            await using (stream)
                await foreach (var r in ReadStreamAsync(stream, file, file, null, null, ct)) yield return r;
        }
    }

    /// <summary>Reads one stream of any supported format (an HTTP body, standard input, an upload).</summary>
    /// <param name="name">A file name or URL whose extension hints at the format, or null.</param>
    /// <param name="url">The address the content came from, for pages that do not name their own.</param>
    public async IAsyncEnumerable<ReadResult> ReadStreamAsync(Stream stream, string origin, string? name, string? contentType, string? url,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var head = new byte[HeadBytes];
        int length;
        string? error = null;
        try { length = ReadHead(stream, head); }
        catch (Exception ex) when (ex is IOException or InvalidDataException) { length = 0; error = $"cannot read: {ex.Message}"; }
        if (error is not null || length == 0) { yield return ReadResult.Skip(origin, error ?? "empty input"); yield break; }
        var all = new PrefixedStream(head, length, stream);
        var format = FormatSniffer.Detect(name, head.AsSpan(0, length), contentType);
        var results = format switch
        {
            InputFormat.Gzip => ReadGzipAsync(all, origin, name, contentType, url, ct),
            InputFormat.Warc => ReadWarc(all, origin).ToAsyncEnumerable(),
            InputFormat.JsonLines => JsonLinesReader.Read(all, origin).ToAsyncEnumerable(),
            InputFormat.Feed => new FeedArticles(_options, _fetcher).ReadAsync(all, origin, ct),
            _ => ReadDocument(all, head.AsSpan(0, length), format, origin, contentType, url).ToAsyncEnumerable(),
        };
        await using var items = results.GetAsyncEnumerator(ct);
        while (true)
        {
            string? broken = null;
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false)) break;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or DecoderFallbackException)
            {
                // A truncated gzip member or a read error mid-stream ends this input, not the batch.
                broken = $"input breaks off: {ex.Message}";
            }
            if (broken is not null) { yield return ReadResult.Skip(origin, broken); yield break; }
            yield return items.Current;
        }
    }

    private static int ReadHead(Stream stream, byte[] head)
    {
        var total = 0;
        int read;
        while (total < head.Length && (read = stream.Read(head, total, head.Length - total)) > 0) total += read;
        return total;
    }

    /// <summary>The whole stream, or null when it is longer than <paramref name="max"/> bytes.</summary>
    private static byte[]? ReadAll(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private IAsyncEnumerable<ReadResult> ReadGzipAsync(Stream all, string origin, string? name, string? contentType, string? url, CancellationToken ct)
    {
        // .NET's GZipStream reads every member of a multi-member file, so a record-per-member .warc.gz streams as one.
        var inner = name is not null && name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : null;
        return Inner();

        async IAsyncEnumerable<ReadResult> Inner()
        {
            await using var gzip = new GZipStream(all, CompressionMode.Decompress);
            await foreach (var r in ReadStreamAsync(gzip, origin, inner, contentType, url, ct).ConfigureAwait(false))
                yield return r;
        }
    }

    private static IEnumerable<ReadResult> ReadWarc(Stream all, string origin)
    {
        foreach (var (page, error) in WarcReader.Read(all))
        {
            if (page is null) { yield return ReadResult.Skip(origin, error!); continue; }
            var html = TextDecoding.Decode(page.Body, TextDecoding.CharsetOf(page.ContentType) ?? TextDecoding.SniffCharset(page.Body));
            yield return HtmlArticleReader.Read(html, $"{origin}#{page.Record}", page.TargetUri);
        }
    }

    private IEnumerable<ReadResult> ReadDocument(Stream all, ReadOnlySpan<byte> head, InputFormat format, string origin, string? contentType, string? url)
    {
        if (TextDecoding.WhyNotText(head) is { } notText) return [ReadResult.Skip(origin, notText)];
        var bytes = ReadAll(all, _options.MaxDocumentBytes);
        if (bytes is null) return [ReadResult.Skip(origin, $"over the {_options.MaxDocumentBytes >> 20} MB limit for one document")];
        if (format == InputFormat.Html)
        {
            var html = TextDecoding.Decode(bytes, TextDecoding.CharsetOf(contentType) ?? TextDecoding.SniffCharset(bytes));
            return [HtmlArticleReader.Read(html, origin, url)];
        }
        var articles = PlainTextReader.Read(TextDecoding.Decode(bytes, TextDecoding.CharsetOf(contentType))).ToList();
        if (articles.Count == 0) return [ReadResult.Skip(origin, "no article text (blank or only boilerplate)")];
        if (articles.Count == 1 && url is not null)
            articles[0] = articles[0] with { Url = url, Id = ArticleId.From(url, articles[0].Text), Source = new Uri(url).Host };
        return articles.Select((a, i) => ReadResult.Found(articles.Count == 1 ? origin : $"{origin}#{i + 1}", a));
    }

    public void Dispose()
    {
        if (_options.Fetcher is null && _fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }
}
