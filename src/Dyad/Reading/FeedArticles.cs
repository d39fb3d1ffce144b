using System.Runtime.CompilerServices;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>Turns feed items into articles, fetching the linked page when an item carries only a summary.</summary>
internal sealed class FeedArticles(ArticleReaderOptions options, Lazy<PageFetcher> fetcher)
{
    // An item whose own content reaches this is taken as the full article; shorter ones are summaries.
    private const int FullTextChars = 1200;
    private const int FullTextParagraphs = 4;

    public async IAsyncEnumerable<ReadResult> ReadAsync(Stream stream, string origin, [EnumeratorCancellation] CancellationToken ct)
    {
        var number = 0;
        foreach (var (item, error) in FeedReader.Read(stream))
        {
            if (item is null) { yield return ReadResult.Skip(origin, error!); yield break; }
            number++;
            yield return await ToArticleAsync(item, $"{origin}#{number}", ct).ConfigureAwait(false);
        }
        if (number == 0) yield return ReadResult.Skip(origin, "feed without items");
    }

    private async Task<ReadResult> ToArticleAsync(FeedItem item, string where, CancellationToken ct)
    {
        var (paragraphs, captions) = HtmlText.FromFragment(item.Content ?? item.Summary ?? "");
        var full = paragraphs.Count >= FullTextParagraphs || paragraphs.Sum(p => p.Length) >= FullTextChars;
        string? fetchError = null;
        if (!full && item.Link is not null && options.FetchLinkedPages)
        {
            var page = await fetcher.Value.FetchAsync(new Uri(item.Link), ct).ConfigureAwait(false);
            if (page.Body is not null)
            {
                var html = TextDecoding.Decode(page.Body, TextDecoding.CharsetOf(page.ContentType) ?? TextDecoding.SniffCharset(page.Body));
                var read = HtmlArticleReader.Read(html, where, page.Uri.AbsoluteUri, item.FeedTitle);
                if (read.Article is { } a)
                    return ReadResult.Found(where, a with { Title = a.Title ?? item.Title, Published = a.Published ?? item.Published });
                fetchError = read.SkipReason;
            }
            else fetchError = page.Error;
        }
        if (paragraphs.Count == 0)
            return ReadResult.Skip(where, fetchError is null ? "feed item without text" : $"feed item without text, and its page failed: {fetchError}");
        var text = string.Join("\n\n", paragraphs);
        var article = new Article(ArticleId.From(item.Link, text), item.Title, item.Published, item.Link, item.FeedTitle, text, captions);
        return ReadResult.Found(where, article);
    }
}
