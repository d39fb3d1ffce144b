using Dyad.Formats;

namespace Dyad.Tests.Formats;

public sealed class ConlluReaderTests
{
    private const string Sample = "# newdoc id = d1\n# newpar id = p1\n# sent_id = s1\n# text = Don't go.\n"
        + "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + "1\tDo\tdo\tAUX\tVBP\tMood=Imp\t3\taux\t_\t_\n"
        + "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
        + "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No|NER=O\n"
        + "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_\n"
        + "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
        + "\n"
        + "# sent_id = s2\n"
        + "1\tOK\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    [Fact]
    public void Read_ParsesWordsRangesAndComments()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample)).ToList();
        Assert.Equal(2, sentences.Count);
        var s = sentences[0];
        Assert.Equal("Don't go.", s.Text);
        Assert.Equal("s1", s.SentId);
        Assert.True(s.StartsDocument);
        Assert.True(s.StartsParagraph);
        Assert.Equal(["Do", "n't", "go", "."], s.Words.Select(w => w.Form));
        var range = Assert.Single(s.Ranges);
        Assert.Equal((1, 2, "Don't"), (range.First, range.Last, range.Form));
        Assert.Equal(3, s.Words[0].Head);
        Assert.Equal("aux", s.Words[0].DepRel);
        Assert.Equal("Mood=Imp", s.Words[0].Feats);
        Assert.False(s.Words[2].SpaceAfter);
        Assert.Equal("O", s.Words[2].MiscValue("NER"));
        Assert.Null(s.Words[2].MiscValue("Gloss"));
    }

    [Fact]
    public void Read_LastSentenceWithoutBlankLine_IsKept()
    {
        var last = ConlluReader.Read(new StringReader(Sample)).Last();
        Assert.Equal("OK", Assert.Single(last.Words).Form);
        Assert.False(last.StartsDocument);
        Assert.Null(last.Text);
    }

    [Fact]
    public void Read_UnderscoreHead_IsMinusOne()
    {
        var s = ConlluReader.Read(new StringReader("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n")).Single();
        Assert.Equal(-1, s.Words[0].Head);
    }

    [Theory]
    [InlineData("1 Hi no tabs\n")]
    [InlineData("x\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n")]
    [InlineData("1\tHi\t_\t_\t_\t_\tseven\t_\t_\t_\n")]
    public void Read_MalformedLine_ThrowsWithLineNumber(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ConlluReader.Read(new StringReader("# c\n" + text)).ToList());
        Assert.Contains("line 2", ex.Message);
    }
}
