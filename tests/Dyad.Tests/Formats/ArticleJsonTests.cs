using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Tests.Formats;

public sealed class ArticleJsonTests
{
    [Fact]
    public void ToJsonLine_UnknownValues_AreNullNeverEmpty()
    {
        var article = new Article("abc", "", null, null, "  ", "Body.", []);

        Assert.Equal("""{"id":"abc","title":null,"published":null,"url":null,"source":"  ","text":"Body.","dropped":[]}""", ArticleJson.ToJsonLine(article));
    }

    [Fact]
    public void ToJsonLine_FullArticle_UsesSnakeCaseAndIsoDate()
    {
        var article = new Article("id1", "Café talks", new DateOnly(2024, 8, 6), "https://x.example/a", "X", "Para one.\n\nPara \"two\".", ["TT"]);

        var line = ArticleJson.ToJsonLine(article);

        Assert.Equal("""{"id":"id1","title":"Café talks","published":"2024-08-06","url":"https://x.example/a","source":"X","text":"Para one.\n\nPara \"two\".","dropped":["TT"]}""", line);
        Assert.True(ArticleJson.TryParse(line, out var back, out _));
        Assert.Equal(article.Text, back!.Text);
        Assert.Equal(article.Published, back.Published);
        Assert.Equal(article.Dropped, back.Dropped);
    }
}
