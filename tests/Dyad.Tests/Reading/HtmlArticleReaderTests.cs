using Dyad.Reading;
using Dyad.TestSupport;

namespace Dyad.Tests.Reading;

public sealed class HtmlArticleReaderTests
{
    private static readonly string PagePath = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures", "news-page.html");

    private static Dyad.Documents.Article ReadPage()
    {
        using var reader = new ArticleReader();
        return Assert.Single(reader.Read(PagePath)).Article!;
    }

    [Fact]
    public void Read_NewsPage_TakesMetadataFromMetaTags()
    {
        var article = ReadPage();

        Assert.Equal("Ministers agree to resume border talks", article.Title);
        Assert.Equal(new DateOnly(2024, 8, 6), article.Published);
        Assert.Equal("https://courier.example.com/world/2024/08/06/border-talks", article.Url);
        Assert.Equal("The Daily Courier", article.Source);
    }

    [Fact]
    public void Read_NewsPage_KeepsBodyParagraphsAndDropsChrome()
    {
        var paragraphs = ReadPage().Text.Split("\n\n");

        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("The foreign ministers of the two neighbouring countries", paragraphs[0]);
        Assert.StartsWith("Both governments said", paragraphs[^1]);
        Assert.StartsWith("\u201CWe have chosen dialogue", paragraphs[2]);
        var text = ReadPage().Text;
        foreach (var chrome in new[] { "Advertisement", "Related stories", "All rights reserved", "Sign in", "Reuters", "By Maria Lopez" })
            Assert.DoesNotContain(chrome, text);
    }

    [Fact]
    public void Read_DeclaredWindows1252_DecodesAccents()
    {
        Assert.Contains("said the mayor, Andrés Müller.", ReadPage().Text);
        Assert.Contains("The café owners", ReadPage().Text);
    }

    [Fact]
    public void Read_JsonLdOnly_TakesDateFromDatePublished()
    {
        const string Html = """
            <html><head><title>Quake strikes</title>
            <script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":"NewsArticle","headline":"Quake strikes island","datePublished":"2023-02-06T01:17:00Z","url":"https://news.example.org/quake"}]}]</script>
            </head><body><p>A strong earthquake struck the island early on Monday, the geological survey said.</p></body></html>
            """;

        var article = HtmlArticleReader.Read(Html, "page").Article!;

        Assert.Equal("Quake strikes island", article.Title);
        Assert.Equal(new DateOnly(2023, 2, 6), article.Published);
        Assert.Equal("https://news.example.org/quake", article.Url);
        Assert.Equal("news.example.org", article.Source);
    }

    [Fact]
    public void Read_PageWithoutText_IsSkippedWithReason()
    {
        var result = HtmlArticleReader.Read("<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html");

        Assert.True(result.IsSkipped);
        Assert.Contains("without readable article text", result.SkipReason);
    }
}
