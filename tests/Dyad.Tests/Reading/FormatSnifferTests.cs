using System.Text;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("a.txt", "<html><body>x</body></html>", InputFormat.Text)]
    [InlineData(null, "<!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("page.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", InputFormat.Feed)]
    [InlineData(null, "\u00EF\u00BB\u00BF<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("download", "WARC/1.0\r\nWARC-Type: warcinfo", InputFormat.Warc)]
    [InlineData(null, "  {\"text\": \"x\"}", InputFormat.JsonLines)]
    [InlineData("notes.md", "Just words here.", InputFormat.Text)]
    [InlineData("crawl.warc.gz", "\u001F\u008B", InputFormat.Gzip)]
    [InlineData("https://x.example/feed.rss?page=2", "garbled", InputFormat.Feed)]
    public void Detect_NameAndFirstBytes_GiveFormat(string? name, string head, InputFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Detect(name, Encoding.Latin1.GetBytes(head)));

    [Fact]
    public void Detect_HtmlContentTypeWithoutMarkupStart_IsHtml() =>
        Assert.Equal(InputFormat.Html, FormatSniffer.Detect("https://x.example/a", "Plain words"u8, "text/html; charset=utf-8"));

    [Fact]
    public void Detect_Utf16FeedWithBom_IsFeed() =>
        Assert.Equal(InputFormat.Feed, FormatSniffer.Detect(null, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel>")]));
}
