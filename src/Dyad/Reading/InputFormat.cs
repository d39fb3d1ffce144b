using System.Text;

namespace Dyad.Reading;

/// <summary>The kinds of input the readers understand.</summary>
public enum InputFormat
{
    Text,
    Html,
    Feed,
    JsonLines,
    Warc,
    Gzip,
}

/// <summary>Decides an input's format from its first bytes, its file name and its HTTP content type.</summary>
internal static class FormatSniffer
{
    public static InputFormat Detect(string? name, ReadOnlySpan<byte> head, string? contentType = null)
    {
        if (head.StartsWith(new byte[] { 0x1F, 0x8B })) return InputFormat.Gzip;
        if (head.StartsWith("WARC/"u8)) return InputFormat.Warc;
        var ext = Extension(name);
        var sample = head[..Math.Min(head.Length, 2048)];
        // UTF-16 pages and feeds announce themselves with a BOM; everything else is sniffed byte for byte.
        var encoding = sample.StartsWith(new byte[] { 0xFF, 0xFE }) ? Encoding.Unicode
            : sample.StartsWith(new byte[] { 0xFE, 0xFF }) ? Encoding.BigEndianUnicode : Encoding.Latin1;
        var start = encoding.GetString(sample).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        var lower = start.ToLowerInvariant();
        if (start.StartsWith('<') && ext != ".txt")
        {
            var feed = FirstIndex(lower, "<rss", "<feed", "<rdf:rdf", "<channel");
            var html = FirstIndex(lower, "<html", "<!doctype html", "<head", "<body", "<article", "<div", "<p>", "<p ");
            if (feed >= 0 && (html < 0 || feed < html)) return InputFormat.Feed;
            if (html >= 0) return InputFormat.Html;
            if (ext is ".xml" or ".rss" or ".atom" || contentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true) return InputFormat.Feed;
            return InputFormat.Html;
        }
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
            if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase)) return InputFormat.JsonLines;
        }
        return ext switch
        {
            ".warc" => InputFormat.Warc,
            ".jsonl" or ".ndjson" or ".json" => InputFormat.JsonLines,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".rss" or ".atom" => InputFormat.Feed,
            ".txt" or ".text" => InputFormat.Text,
            _ => start.StartsWith('{') ? InputFormat.JsonLines : InputFormat.Text,
        };
    }

    /// <summary>The lower-case extension, looking through a ".gz" ("a.warc.gz" → ".warc").</summary>
    public static string Extension(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        var query = name.IndexOfAny(['?', '#']);
        if (query >= 0 && name.Contains("://", StringComparison.Ordinal)) name = name[..query];
        return Path.GetExtension(name).ToLowerInvariant();
    }

    private static int FirstIndex(string text, params ReadOnlySpan<string> needles)
    {
        var best = -1;
        foreach (var n in needles)
        {
            var i = text.IndexOf(n, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
