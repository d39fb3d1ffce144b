using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Reading;

/// <summary>Turns raw bytes into clean NFC text: BOM first, then a declared charset, then UTF-8, then windows-1252.</summary>
internal static partial class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly bool CodePagesRegistered = RegisterCodePages();

    /// <summary>Makes windows-1252 and the other legacy code pages available to decoders (XmlReader included).</summary>
    public static void EnsureCodePages() => _ = CodePagesRegistered;

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> comes from HTTP, HTML meta or XML.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        EnsureCodePages();
        var (encoding, bomLength) = FromBom(bytes);
        if (encoding is null && TryGetEncoding(declaredCharset) is { } declared) encoding = declared;
        string text;
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
            text = encoding.GetString(bytes[bomLength..]);
        else
        {
            try { text = StrictUtf8.GetString(bytes[bomLength..]); }
            catch (DecoderFallbackException)
            {
                // Not valid UTF-8 although it may say so: the commonest real cause is windows-1252 text.
                text = Encoding.GetEncoding(1252).GetString(bytes[bomLength..]);
            }
        }
        return Clean(text);
    }

    /// <summary>NFC, \n line ends, no control characters other than tab and newline.</summary>
    public static string Clean(string text)
    {
        text = Nfc.Compose(text);
        var span = text.AsSpan();
        var needs = span.Contains('\r') || span.IndexOfAnyInRange('\0', '\b') >= 0 || span.IndexOfAnyInRange('\u000B', '\u001F') >= 0
            || span.Contains('\u007F') || span.Contains('\uFEFF');
        if (!needs) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n') sb.Append('\n');
            }
            else if (c == '\u000C') sb.Append('\n');
            else if (c is '\t' or '\n' || (c >= ' ' && c != '\u007F' && c != '\uFEFF')) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Why these bytes are not text (a known binary signature or many control bytes), or null.</summary>
    public static string? WhyNotText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return "empty input";
        if (FromBom(head).Encoding is not null) return null;
        if (head.StartsWith("%PDF"u8)) return "a PDF file, not text";
        if (head.StartsWith("PK\u0003\u0004"u8)) return "a ZIP archive (or Office document), not text";
        if (head.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }) || head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
            || head.StartsWith("GIF8"u8)) return "an image, not text";
        if (head.StartsWith(new byte[] { 0x1F, 0x8B })) return "gzip data that is not a WARC file";
        if (head.StartsWith("\u007FELF"u8) || head.StartsWith("MZ"u8)) return "an executable, not text";
        var sample = head[..Math.Min(head.Length, 8192)];
        if (sample.Contains((byte)0)) return "binary data (NUL bytes)";
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        if (control * 20 > sample.Length) return "binary data (many control bytes)";
        // Legacy 8-bit text is mostly ASCII; invalid UTF-8 where a third of the bytes are high is noise, not text.
        var high = 0;
        foreach (var b in sample)
            if (b >= 0x80) high++;
        return high * 3 > sample.Length && !System.Text.Unicode.Utf8.IsValid(WithoutCutCharacter(sample)) ? "binary data (not text in any encoding)" : null;
    }

    /// <summary>The bytes without a last UTF-8 sequence that the sample window may have cut in two.</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> sample)
    {
        var i = sample.Length - 1;
        for (var k = 0; i >= 0 && k < 3 && (sample[i] & 0xC0) == 0x80; k++) i--;
        return i >= 0 && sample[i] >= 0xC0 ? sample[..i] : sample;
    }

    /// <summary>The charset named in a Content-Type value, an HTML meta tag or an XML declaration near the start.</summary>
    public static string? SniffCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        var m = CharsetPattern().Match(ascii);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>The charset parameter of a Content-Type header, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var m = CharsetPattern().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    private static Encoding? TryGetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        // Browsers treat latin1/ISO-8859-1 labels as windows-1252 (WHATWG Encoding), and so do pages in the wild.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)) name = "windows-1252";
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
    }

    private static (Encoding? Encoding, int Length) FromBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return (Encoding.UTF8, 3);
        if (b.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 })) return (Encoding.UTF32, 4);
        if (b.StartsWith(new byte[] { 0xFF, 0xFE })) return (Encoding.Unicode, 2);
        if (b.StartsWith(new byte[] { 0xFE, 0xFF })) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)|<\?xml[^>]*encoding\s*=\s*["'](?<cs>[A-Za-z0-9_\-.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
