using System.Net;
using Dyad.Reading;
using Dyad.TestSupport;

namespace Dyad.Tests.Reading;

public sealed class FeedArticlesTests
{
    private static readonly string FeedPath = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures", "feed-rss2.xml");

    private const string FloodsPage = """
        <html><head><meta property="og:title" content="Floods force thousands from their homes"></head><body>
        <article><p>Heavy rain flooded the river valley on Monday, forcing thousands of people from their homes, the civil protection agency said.</p>
        <p>Soldiers used boats to rescue families trapped on rooftops in three villages.</p></article></body></html>
        """;

    [Fact]
    public void Read_Rss2FileOffline_OneArticlePerItemWithLinksAndDates()
    {
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false });

        var articles = reader.Read(FeedPath).Select(r => r.Article!).ToList();

        Assert.Equal(3, articles.Count);
        Assert.Equal(["Parliament passes budget after long night", "Floods force thousands from their homes", "Envoy arrives for ceasefire talks"],
            articles.Select(a => a.Title));
        Assert.Equal(new DateOnly(2024, 8, 7), articles[0].Published); // 22:15 EST is 03:15 UTC the next day
        Assert.Equal(new DateOnly(2024, 8, 5), articles[1].Published);
        Assert.Null(articles[2].Published); // "sometime last week" is tolerated, not fatal
        Assert.Equal("https://feeds.example.com/budget", articles[0].Url);
        Assert.Equal("World Desk", articles[0].Source);
        Assert.Equal(4, articles[0].Text.Split("\n\n").Length);
        Assert.Equal("Heavy rain has flooded the river valley.", articles[1].Text);
    }

    [Fact]
    public async Task ReadAsync_SummaryOnlyItems_FetchLinkedPageFromServer()
    {
        var requested = new List<string>();
        using var server = new LoopbackServer(async (request, response) =>
        {
            lock (requested) requested.Add(request.Url!.AbsolutePath);
            if (request.Url!.AbsolutePath == "/floods") await LoopbackServer.Write(response, FloodsPage);
            else response.StatusCode = 404;
        });
        var feed = File.ReadAllText(FeedPath).Replace("https://feeds.example.com", server.Url(""));
        var path = Path.Combine(Path.GetTempPath(), $"dyad-feed-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, feed);
        try
        {
            using var fetcher = new PageFetcher { MinInterval = TimeSpan.Zero };
            using var reader = new ArticleReader(new ArticleReaderOptions { Fetcher = fetcher });
            var results = new List<ReadResult>();
            await foreach (var r in reader.ReadAsync(path)) results.Add(r);

            Assert.Equal(["/floods", "/envoy"], requested); // the full-text item is not fetched
            var floods = results[1].Article!;
            Assert.StartsWith("Heavy rain flooded the river valley on Monday", floods.Text);
            Assert.Equal(new DateOnly(2024, 8, 5), floods.Published);
            Assert.Equal("World Desk", floods.Source);
            Assert.Equal("The envoy landed in the capital on Sunday to begin talks.", results[2].Article!.Text); // 404: summary kept
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Read_AtomFeed_TakesAlternateLinkAndContent()
    {
        const string Atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
              <entry><title>Rebels seize town</title><link rel="self" href="https://wire.example.net/api/1"/>
                <link rel="alternate" href="https://wire.example.net/rebels"/><published>2024-08-03T10:00:00Z</published>
                <content type="html">&lt;p&gt;Rebels seized the town of Kamba on Saturday, residents said.&lt;/p&gt;</content></entry>
            </feed>
            """;
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false });

        var article = Assert.Single(reader.ReadStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Atom)), "atom", null, null, null)
            .ToBlockingEnumerable()).Article!;

        Assert.Equal("https://wire.example.net/rebels", article.Url);
        Assert.Equal(new DateOnly(2024, 8, 3), article.Published);
        Assert.Equal("Rebels seized the town of Kamba on Saturday, residents said.", article.Text);
        Assert.Equal("Wire", article.Source);
    }

    [Fact]
    public void Read_Rss1Feed_ReadsItemsOutsideChannel()
    {
        const string Rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example.org/"><title>Old Wire</title></channel>
              <item rdf:about="https://old.example.org/a"><title>Talks collapse</title><link>https://old.example.org/a</link>
                <dc:date>2004-03-01</dc:date><description>The talks collapsed on Monday.</description></item>
            </rdf:RDF>
            """;
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false });

        var article = Assert.Single(reader.ReadStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Rdf)), "rdf.xml", "rdf.xml", null, null)
            .ToBlockingEnumerable()).Article!;

        Assert.Equal("Talks collapse", article.Title);
        Assert.Equal(new DateOnly(2004, 3, 1), article.Published);
        Assert.Equal("Old Wire", article.Source);
    }

    [Fact]
    public void Read_TruncatedFeed_KeepsItemsBeforeTheBreak()
    {
        var feed = File.ReadAllText(FeedPath);
        var cut = feed[..feed.IndexOf("<title>Envoy", StringComparison.Ordinal)];
        using var reader = new ArticleReader(new ArticleReaderOptions { FetchLinkedPages = false });

        var results = reader.ReadStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(cut)), "cut.xml", "cut.xml", null, null)
            .ToBlockingEnumerable().ToList();

        Assert.Equal(2, results.Count(r => !r.IsSkipped));
        Assert.Contains("breaks off after 2 items", results[^1].SkipReason);
    }
}
