using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>Reads one HTML page into an article: main content by SmartReader, metadata from meta tags and JSON-LD.</summary>
public static class HtmlArticleReader
{
    /// <summary>The article in <paramref name="html"/>, or why there is none.</summary>
    /// <param name="url">Where the page came from (HTTP, WARC or feed link), used when the page names no canonical URL.</param>
    public static ReadResult Read(string html, string origin, string? url = null) => Read(html, origin, url, null);

    /// <param name="fallbackSource">The source name when the page gives none (a feed's title), before the host name.</param>
    internal static ReadResult Read(string html, string origin, string? url, string? fallbackSource)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadata.From(doc);
        var pageUrl = meta.Url ?? (Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsoluteUri : null);
        var (paragraphs, captions, extractedTitle) = MainContent(doc, html, pageUrl);
        var title = meta.Title ?? extractedTitle;

        var kept = new List<string>();
        var dropped = new List<string>(captions);
        foreach (var p in paragraphs)
        {
            var boilerplate = (title is not null && LineKind.Key(p).Equals(title, StringComparison.OrdinalIgnoreCase))
                || LineKind.IsStray(p) || LineKind.IsCaptionWithCredit(p) || LineKind.IsBoilerplatePhrase(p)
                || captions.Contains(p) || (kept.Count == 0 && LineKind.IsByline(p));
            if (boilerplate) { if (!dropped.Contains(p)) dropped.Add(p); }
            else if (!kept.Contains(p)) kept.Add(p);
        }
        if (kept.Count == 0) return ReadResult.Skip(origin, "HTML page without readable article text");
        var text = string.Join("\n\n", kept);
        var source = meta.SiteName ?? fallbackSource ?? (pageUrl is null ? null : new Uri(pageUrl).Host);
        return ReadResult.Found(origin, new Article(ArticleId.From(pageUrl, text), title, meta.Published, pageUrl, source, text, dropped));
    }

    private static (List<string> Paragraphs, List<string> Captions, string? Title) MainContent(IHtmlDocument doc, string html, string? url)
    {
        // SmartReader changes the document it reads, so metadata is read first; it needs some absolute URI to resolve links.
        var reader = new SmartReader.Reader(url ?? "http://localhost/", doc) { Debug = false };
        // Walk the content element SmartReader settles on, rather than re-parsing the HTML it serialises from it.
        AngleSharp.Dom.IElement? content = null;
        reader.AddCustomOperationEnd(element => content = element);
        var article = reader.GetArticle();
        if (content is not null && !string.IsNullOrWhiteSpace(article.Content))
        {
            var (paragraphs, captions) = HtmlText.Paragraphs(content);
            if (paragraphs.Count > 0) return (paragraphs, captions, NullIfEmpty(article.Title));
        }
        // Pages too short for SmartReader's readability threshold: take the paragraphs of the body.
        var body = new HtmlParser().ParseDocument(html).Body;
        if (body is null) return ([], [], NullIfEmpty(article.Title));
        var fallback = HtmlText.Paragraphs(body);
        return (fallback.Paragraphs, fallback.Captions, NullIfEmpty(article.Title));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Collapse(s);
}
