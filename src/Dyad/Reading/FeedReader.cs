using System.Xml;
using System.Xml.Linq;

namespace Dyad.Reading;

/// <summary>One item of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, as the feed gives it.</summary>
internal sealed record FeedItem(string? Title, string? Link, DateOnly? Published, string? Summary, string? Content, string? FeedTitle);

/// <summary>Streams the items of an RSS 2.0, RSS 1.0 or Atom feed; a broken or truncated feed ends with a reason.</summary>
internal static class FeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTDs: feeds never need them and they are the XML bomb and external-entity attack surface.
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        CloseInput = false, MaxCharactersInDocument = 0,
    };

    /// <summary>Yields items, then a final null-item with an error when the XML breaks off.</summary>
    public static IEnumerable<(FeedItem? Item, string? Error)> Read(Stream stream)
    {
        TextDecoding.EnsureCodePages();
        using var reader = XmlReader.Create(stream, Settings);
        string? feedTitle = null;
        var count = 0;
        while (true)
        {
            XElement? element;
            string? error = null;
            try { element = Next(reader, ref feedTitle); }
            catch (XmlException e)
            {
                element = null;
                error = count == 0 ? $"not a readable feed: {e.Message}" : $"feed breaks off after {count} items: {e.Message}";
            }
            if (error is not null) { yield return (null, error); yield break; }
            if (element is null) yield break;
            count++;
            yield return (ToItem(element, feedTitle), null);
        }
    }

    private static XElement? Next(XmlReader reader, ref string? feedTitle)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            var name = reader.LocalName;
            if (name is "item" or "entry") return (XElement)XNode.ReadFrom(reader);
            if (name == "title" && feedTitle is null && reader.Depth <= 2)
            {
                feedTitle = Clean(reader.ReadElementContentAsString());
                continue;
            }
            reader.Read();
        }
        return null;
    }

    private static FeedItem ToItem(XElement e, string? feedTitle)
    {
        var title = Clean(Child(e, "title")?.Value);
        var date = PublishedDate.Parse(Child(e, "pubDate")?.Value) ?? PublishedDate.Parse(Child(e, "published")?.Value)
            ?? PublishedDate.Parse(Child(e, "date")?.Value) ?? PublishedDate.Parse(Child(e, "issued")?.Value)
            ?? PublishedDate.Parse(Child(e, "updated")?.Value) ?? PublishedDate.Parse(Child(e, "modified")?.Value);
        var summary = Child(e, "description")?.Value ?? Child(e, "summary")?.Value;
        var content = Children(e, "encoded").FirstOrDefault()?.Value ?? ContentOf(Child(e, "content"));
        return new FeedItem(title, LinkOf(e), date, NullIfEmpty(summary), NullIfEmpty(content), feedTitle);
    }

    private static string? LinkOf(XElement e)
    {
        foreach (var link in Children(e, "link"))
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel");
            if (href is not null && rel is null or "alternate") return Absolute(href);
            if (href is null && Absolute(link.Value) is { } url) return url;
        }
        var guid = Child(e, "guid");
        if (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && Absolute(guid.Value) is { } permalink) return permalink;
        return Absolute((string?)e.Attributes().FirstOrDefault(a => a.Name.LocalName == "about"));
    }

    private static string? ContentOf(XElement? content)
    {
        if (content is null) return null;
        // Atom xhtml content is markup inside a div; text and html content is the element's (escaped) value.
        return (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(n => n.ToString())) : content.Value;
    }

    private static XElement? Child(XElement e, string localName) => Children(e, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement e, string localName) => e.Elements().Where(c => c.Name.LocalName == localName);

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? Clean(string? s) => NullIfEmpty(s is null ? null : HtmlText.Collapse(System.Net.WebUtility.HtmlDecode(s)));

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
