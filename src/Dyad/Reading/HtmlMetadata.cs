using System.Text.Json;
using AngleSharp.Dom;

namespace Dyad.Reading;

/// <summary>Title, publication date, canonical URL and site name from a page's meta tags and JSON-LD.</summary>
internal sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Url, string? SiteName)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    ];

    /// <summary>Reads the metadata before any content extraction changes the document.</summary>
    public static HtmlMetadata From(IDocument doc)
    {
        var ld = JsonLd.From(doc);
        var title = Meta(doc, "og:title") ?? ld.Headline ?? Meta(doc, "twitter:title") ?? NullIfEmpty(HtmlText.Collapse(doc.Title ?? ""));
        DateOnly? published = null;
        foreach (var name in DateMetaNames)
        {
            published = PublishedDate.Parse(Meta(doc, name));
            if (published is not null) break;
            if (name == "article:published_time") published = PublishedDate.Parse(ld.DatePublished);
            if (published is not null) break;
        }
        published ??= PublishedDate.Parse(doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
            ?? PublishedDate.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = Absolute(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(doc, "og:url")) ?? Absolute(ld.Url);
        var site = Meta(doc, "og:site_name") ?? ld.Publisher ?? Meta(doc, "application-name");
        return new HtmlMetadata(title, published, url, site);
    }

    private static string? Meta(IDocument doc, string name)
    {
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
                if (NullIfEmpty(HtmlText.Collapse(meta.GetAttribute("content") ?? "")) is { } value) return value;
        }
        return null;
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>The first article-like object in the page's JSON-LD blocks (object, array or @graph).</summary>
    private sealed record JsonLd(string? Headline, string? DatePublished, string? Url, string? Publisher)
    {
        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

        public static JsonLd From(IDocument doc)
        {
            foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, Options);
                    if (Find(json.RootElement) is { } found) return found;
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the meta tags still count.
                }
            }
            return new JsonLd(null, null, null, null);
        }

        private static JsonLd? Find(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    if (Find(item) is { } found) return found;
                return null;
            }
            if (e.ValueKind != JsonValueKind.Object) return null;
            if (e.TryGetProperty("datePublished", out _) || e.TryGetProperty("headline", out _))
            {
                var publisher = e.TryGetProperty("publisher", out var p) ? (p.ValueKind == JsonValueKind.Object ? Text(p, "name") : null) : null;
                var url = Text(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var m)
                    ? m.ValueKind == JsonValueKind.String ? m.GetString() : m.ValueKind == JsonValueKind.Object ? Text(m, "@id") : null : null);
                return new JsonLd(Text(e, "headline"), Text(e, "datePublished"), url, publisher);
            }
            return e.TryGetProperty("@graph", out var graph) ? Find(graph) : null;
        }

        private static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? NullIfEmpty(v.GetString()) : null;
    }
}
