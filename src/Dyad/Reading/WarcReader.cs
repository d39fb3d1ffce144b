using System.Text;

namespace Dyad.Reading;

/// <summary>An HTML page found in a WARC file: the URL it was fetched from and the HTTP payload.</summary>
internal sealed record WarcPage(int Record, string? TargetUri, string? ContentType, byte[] Body);

/// <summary>Streams the HTML responses out of a WARC 1.0/1.1 file (ISO 28500); a gzipped file is read by the caller.</summary>
/// <remarks>
/// Records are read in order: header lines up to a blank line, then exactly Content-Length bytes of block. Only
/// `response` records holding an HTTP 2xx HTML payload (and `resource` records that are HTML) are returned;
/// requests, metadata, images and redirects are passed over. A truncated or garbled file ends with an error.
/// </remarks>
internal static class WarcReader
{
    public const long MaxRecordBytes = 32L << 20;
    private const int MaxHeaderLine = 64 << 10;

    public static IEnumerable<(WarcPage? Page, string? Error)> Read(Stream stream)
    {
        var input = stream is BufferedStream ? stream : new BufferedStream(stream, 1 << 16);
        for (var record = 1; ; record++)
        {
            string? skip = null, fatal = null;
            WarcPage? page = null;
            var end = false;
            try { end = !TryReadRecord(input, record, out page, out skip); }
            catch (EndOfStreamException) { fatal = $"record {record} is truncated"; }
            catch (InvalidDataException e) { fatal = $"record {record}: {e.Message}"; }
            if (fatal is not null) { yield return (null, fatal); yield break; }
            if (end) yield break;
            if (page is not null || skip is not null) yield return (page, skip);
        }
    }

    private static bool TryReadRecord(Stream input, int record, out WarcPage? page, out string? skip)
    {
        page = null;
        skip = null;
        string? version;
        do version = ReadLine(input);
        while (version is { Length: 0 });
        if (version is null) return false;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            throw new InvalidDataException($"expected a WARC/1.x header line, found \"{Shorten(version)}\"");
        var headers = ReadHeaders(input);
        if (!long.TryParse(headers.GetValueOrDefault("content-length"), out var length) || length < 0)
            throw new InvalidDataException("no valid Content-Length");
        if (length > MaxRecordBytes)
        {
            Skip(input, length);
            skip = $"record {record} of {length} bytes is over the {MaxRecordBytes} byte limit";
            return true;
        }
        var block = new byte[length];
        input.ReadExactly(block);
        var type = headers.GetValueOrDefault("warc-type");
        var target = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>');
        var contentType = headers.GetValueOrDefault("content-type") ?? "";
        if (type == "response" && contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase))
            page = HttpPayload.TryHtml(block, out var payloadType) is { } body ? new WarcPage(record, target, payloadType, body) : null;
        else if (type == "resource" && contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            page = new WarcPage(record, target, contentType, block);
        return true;
    }

    private static Dictionary<string, string> ReadHeaders(Stream input)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(input) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    /// <summary>One CRLF- or LF-ended line as Latin-1 (WARC headers are ASCII); null at the end of the stream.</summary>
    private static string? ReadLine(Stream input)
    {
        var sb = new StringBuilder();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n') return sb.ToString().TrimEnd('\r');
            if (sb.Length >= MaxHeaderLine) throw new InvalidDataException("header line too long");
            sb.Append((char)b);
        }
        return sb.Length == 0 ? null : throw new EndOfStreamException();
    }

    private static void Skip(Stream input, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0) throw new EndOfStreamException();
            length -= read;
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
