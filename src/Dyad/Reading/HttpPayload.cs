using System.IO.Compression;
using System.Text;

namespace Dyad.Reading;

/// <summary>Splits a raw HTTP response (as WARC stores it) into headers and body, undoing chunking and compression.</summary>
internal static class HttpPayload
{
    /// <summary>The body of a 2xx HTML response, or null for anything else (redirects, images, broken messages).</summary>
    public static byte[]? TryHtml(byte[] message, out string? contentType)
    {
        contentType = null;
        var span = message.AsSpan();
        var split = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (split < 0) { split = span.IndexOf("\n\n"u8); separator = 2; }
        if (split < 0) return null;
        var head = Encoding.Latin1.GetString(span[..split]).Split('\n');
        var status = head[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !status[1].StartsWith('2')) return null;
        string? transfer = null, encoding = null;
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) contentType = value;
            else if (name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase)) transfer = value;
            else if (name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)) encoding = value;
        }
        var body = message[(split + separator)..];
        if (transfer?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) body = Dechunk(body);
        body = Decompress(body, encoding);
        var html = contentType is null
            ? Encoding.Latin1.GetString(body.AsSpan(0, Math.Min(body.Length, 1024))).Contains("<html", StringComparison.OrdinalIgnoreCase)
            : contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        return html ? body : null;
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var eol = Array.IndexOf(body, (byte)'\n', pos);
            if (eol < 0) break;
            var sizeText = Encoding.Latin1.GetString(body, pos, eol - pos).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0) break;
            pos = eol + 1;
            if (size == 0) break;
            size = Math.Min(size, body.Length - pos);
            output.Write(body, pos, size);
            pos += size;
            while (pos < body.Length && body[pos] is (byte)'\r' or (byte)'\n') pos++;
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] body, string? encoding)
    {
        if (string.IsNullOrEmpty(encoding) || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase)) return body;
        try
        {
            using var input = new MemoryStream(body);
            using Stream decoder = encoding.ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => input,
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                // A compressed payload that inflates past the record limit is a bomb or not a page.
                if (output.Length + read > WarcReader.MaxRecordBytes) return [];
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            // Some crawlers store the payload already decoded while keeping the header: use it as it is.
            return body;
        }
    }
}
