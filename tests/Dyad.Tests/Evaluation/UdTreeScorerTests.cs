using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

public sealed class UdTreeScorerTests
{
    [Fact]
    public void Score_IdenticalFiles_AreAllCorrect()
    {
        var gold = UdFixtures.Read(UdFixtures.TwoParagraphs);
        Assert.Equal(new UdTreeScores(8, 8, 8, 8, 8, 8), UdTreeScorer.Score(gold, gold));
    }

    [Fact]
    public void Score_CountsTagLemmaHeadAndLabelErrorsSeparately()
    {
        var gold = UdFixtures.Read(UdFixtures.TwoParagraphs);
        var predicted = UdFixtures.Read(UdFixtures.TwoParagraphs
            .Replace("1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj", "1\tIt\tIt\tNOUN\tPRP\t_\t2\tobj")   // UPOS, lemma, label wrong
            .Replace("2\t's\t's\tPART\tPOS\t_\t1\tcase", "2\t's\t's\tPART\tVBZ\t_\t3\tcase")   // XPOS and head wrong
            .Replace("3\tnmod:poss", "3\tnmod:tmod"));                                         // subtype only: LAS still right
        var s = UdTreeScorer.Score(gold, predicted);
        Assert.Equal(new UdTreeScores(Words: 8, Upos: 7, Xpos: 7, Lemma: 7, Uas: 7, Las: 6), s);
    }

    [Fact]
    public void Score_DifferentWords_NamesSentenceAndWord()
    {
        var gold = UdFixtures.Read(UdFixtures.TwoParagraphs);
        var predicted = UdFixtures.Read(UdFixtures.TwoParagraphs.Replace("2\tworks\twork", "2\tworked\twork"));
        var ex = Assert.Throws<FormatException>(() => UdTreeScorer.Score(gold, predicted));
        Assert.Contains("sentence 2", ex.Message);
        Assert.Contains("word 2", ex.Message);
    }

    [Fact]
    public void Score_MissingSentences_IsAnError()
    {
        var gold = UdFixtures.Read(UdFixtures.TwoParagraphs);
        Assert.Throws<FormatException>(() => UdTreeScorer.Score(gold, gold.Take(2)));
        Assert.Throws<FormatException>(() => UdTreeScorer.Score(gold.Take(2), gold));
    }
}
