using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

public sealed class UdRawDocumentTests
{
    [Fact]
    public void FromSentences_JoinsSentencesBySpaceAndParagraphsByBlankLine()
    {
        var doc = Assert.Single(UdRawDocument.FromSentences(UdFixtures.Read(UdFixtures.TwoParagraphs)));
        Assert.Equal("d1", doc.Id);
        Assert.Equal("Google's new. It works\n\nYes!", doc.Text);
    }

    [Fact]
    public void FromSentences_MultiwordToken_GivesEachWordItsOwnSpan()
    {
        var doc = UdRawDocument.FromSentences(UdFixtures.Read(UdFixtures.TwoParagraphs))[0];
        var words = doc.Words.Select(w => doc.Text[w.Start..w.End]).ToArray();
        Assert.Equal(["Google", "'s", "new", ".", "It", "works", "Yes", "!"], words);
        Assert.Equal([(0, 13), (14, 22), (24, 28)], doc.Sentences);
    }

    [Fact]
    public void FromSentences_NewDoc_StartsAnotherDocument()
    {
        var text = UdFixtures.TwoParagraphs.TrimEnd() + "\n\n" + UdFixtures.TwoParagraphs.Replace("d1", "d2");
        var docs = UdRawDocument.FromSentences(UdFixtures.Read(text));
        Assert.Equal(["d1", "d2"], docs.Select(d => d.Id));
    }

    [Fact]
    public void FromSentences_WordNotInText_NamesTheSentence()
    {
        var bad = UdFixtures.TwoParagraphs.Replace("# text = It works", "# text = It worked");
        var ex = Assert.Throws<FormatException>(() => UdRawDocument.FromSentences(UdFixtures.Read(bad)));
        Assert.Contains("sentence 2", ex.Message);
        Assert.Contains("works", ex.Message);
    }
}
