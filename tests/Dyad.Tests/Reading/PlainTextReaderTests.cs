using Dyad.Reading;
using Dyad.TestSupport;

namespace Dyad.Tests.Reading;

public sealed class PlainTextReaderTests
{
    private static readonly string SeedPath = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Reading", "Fixtures", "seed-two-articles.txt");

    private static List<Dyad.Documents.Article> ReadSeed() => PlainTextReader.Read(File.ReadAllText(SeedPath).Replace("\r\n", "\n")).ToList();

    [Fact]
    public void Read_SeedFile_FindsBothArticlesWithTitles()
    {
        var articles = ReadSeed();

        Assert.Equal(2, articles.Count);
        Assert.Equal("Iraq PM Pledges to Blinken to Protect International Coalition Advisors", articles[0].Title);
        Assert.Equal("Baghdad Fears Iranian Retaliation, Cites Iraq as Key Missile Route", articles[1].Title);
    }

    [Fact]
    public void Read_SeedFile_DropsTitlesCaptionsCreditsAndStrayTokens()
    {
        foreach (var article in ReadSeed())
        {
            var paragraphs = article.Text.Split("\n\n");
            Assert.DoesNotContain(article.Title!, article.Text);
            Assert.DoesNotContain("(Government media)", article.Text);
            Assert.DoesNotContain("Image of a drone launch", article.Text);
            Assert.DoesNotContain("TT", paragraphs);
            Assert.Contains("TT", article.Dropped);
        }
        var first = ReadSeed()[0];
        Assert.Contains("PM Sudani meets with heads of security agencies in Baghdad. (Government media)", first.Dropped);
        Assert.Contains(first.Title!, first.Dropped);
    }

    [Fact]
    public void Read_SeedFile_KeepsEveryBodyParagraphInOrder()
    {
        // Every line of the seed that is a body sentence (long, ends in punctuation, appears once), in file order.
        var expected = File.ReadAllLines(SeedPath).Select(l => l.Trim())
            .Where(l => l.Length > 95 && !l.Contains("(Government media)") && !l.StartsWith("Image of a drone"))
            .ToList();
        var actual = ReadSeed().SelectMany(a => a.Text.Split("\n\n")).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(19, ReadSeed()[0].Text.Split("\n\n").Length);
        Assert.Equal(13, ReadSeed()[1].Text.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("\n\n+", "\n\n")]
    [InlineData("\n+", "\n")]
    [InlineData("\n", "\r\n")]
    public void Read_SeedWithOtherLineSpacing_StillFindsSameArticles(string pattern, string replacement)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(SeedPath), pattern, replacement);

        var articles = PlainTextReader.Read(TextDecoding.Clean(text)).ToList();

        Assert.Equal(ReadSeed().Select(a => a.Title), articles.Select(a => a.Title));
        Assert.Equal(ReadSeed().Select(a => a.Text), articles.Select(a => a.Text));
    }

    [Fact]
    public void Read_SameInput_GivesSameIds()
    {
        Assert.Equal(ReadSeed().Select(a => a.Id), ReadSeed().Select(a => a.Id));
        Assert.NotEqual(ReadSeed()[0].Id, ReadSeed()[1].Id);
    }

    [Fact]
    public void Read_HeadingRepeatedAfterBlankLine_IsTitleNotParagraph()
    {
        var text = "Storm Hits Coast\n\nStorm Hits Coast\n\nThe storm reached the coast on Monday, officials said.\n";

        var article = Assert.Single(PlainTextReader.Read(text));

        Assert.Equal("Storm Hits Coast", article.Title);
        Assert.Equal("The storm reached the coast on Monday, officials said.", article.Text);
    }

    [Fact]
    public void Read_HardWrappedLines_AreJoinedIntoOneParagraph()
    {
        var text = "The minister said on Tuesday that the talks\nwould resume next week in Geneva.\n\nA second paragraph follows here, as usual.\n";

        var article = Assert.Single(PlainTextReader.Read(text));

        Assert.Equal("The minister said on Tuesday that the talks would resume next week in Geneva.\n\nA second paragraph follows here, as usual.", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Read_BylineDateAndAdvertisement_AreDroppedAndDateKept()
    {
        var text = "Talks Resume in Geneva\nBy Jane Doe\nAugust 5, 2024\n\nThe talks resumed on Monday after a pause of two weeks.\n\nAdvertisement\n\nBoth sides said progress was made on the main issues.\n";

        var article = Assert.Single(PlainTextReader.Read(text));

        Assert.Equal(new DateOnly(2024, 8, 5), article.Published);
        Assert.Equal(["By Jane Doe", "August 5, 2024", "Advertisement"], article.Dropped);
        Assert.Equal(2, article.Text.Split("\n\n").Length);
    }

    [SharedDataFact("../seeds/000_775a7b9d0ab195c8.txt")]
    public void Read_SharedSeed_MatchesBundledFixture()
    {
        var shared = Path.Combine(Dyad.Processing.ProjectPaths.SharedData!, "..", "seeds", "000_775a7b9d0ab195c8.txt");
        Assert.Equal(File.ReadAllText(SeedPath), File.ReadAllText(shared));
    }
}
