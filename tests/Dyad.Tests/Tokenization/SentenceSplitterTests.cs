using Dyad.Documents;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    public static TheoryData<int, string, string> SpecCases()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var (line, lines) in SpecFile.Cases("sentences.spec.txt"))
            data.Add(line, lines[0], string.Join("\n", lines[1..]));
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void Split_SpecCase_GivesExpectedSentences(int line, string input, string expected)
    {
        var doc = Split(input.Replace("\\n", "\n"), new SentenceSplitter());
        var actual = string.Join("\n", doc.Sentences.Select(s => doc.Text[s.Start..s.End]));
        Assert.True(expected == actual, $"sentences.spec.txt line {line}\nexpected:\n{expected}\nactual:\n{actual}");
    }

    [Fact]
    public void Split_Sentences_CoverEveryTokenInOrder()
    {
        var doc = Split("One. Two!\n\nThree? Four", new SentenceSplitter());
        Assert.Equal(4, doc.Sentences.Count);
        int next = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.Equal(doc[s.FirstToken].Start, s.Start);
            Assert.Equal(doc[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }
        Assert.Equal(doc.TokenCount, next);
    }

    [Fact]
    public void Split_NoTokens_GivesNoSentences()
    {
        Assert.Empty(Split("   ", new SentenceSplitter()).Sentences);
    }

    [Fact]
    public void Create_WithoutTokenizer_NamesMissingLayer()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Pipeline.Create(new SentenceSplitter()));
        Assert.Contains("Tokens", ex.Message);
    }

    internal static Doc Split(string text, SentenceSplitter splitter)
    {
        var doc = new Doc("s", text);
        Pipeline.Create(new Tokenizer(), splitter).Process(doc);
        return doc;
    }
}
