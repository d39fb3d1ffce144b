using Dyad.Documents;
using Dyad.Tokenization;
using FsCheck;
using FsCheck.Fluent;

namespace Dyad.Tests.Tokenization;

public sealed class TokenizerTests
{
    public static TheoryData<int, string, string> SpecCases()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var (line, lines) in SpecFile.Cases("tokenizer.spec.txt"))
            data.Add(line, string.Join("\n", lines[..^1]), lines[^1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void Tokenize_SpecCase_GivesExpectedTokens(int line, string input, string expected)
    {
        var doc = Tokenize(input.Replace("\\t", "\t"));
        var actual = string.Join(' ', Tokens(doc).Select(t => t.Text));
        Assert.True(expected == actual, $"tokenizer.spec.txt line {line}\nexpected: {expected}\nactual:   {actual}");
    }

    [Fact]
    public void Tokenize_Offsets_PointIntoTextWithSpaceAfter()
    {
        var doc = Tokenize("Hi, it's  me.");
        Assert.Equal(["Hi", ",", "it", "'s", "me", "."], Tokens(doc).Select(t => t.Text));
        Assert.Equal([0, 2, 4, 6, 10, 12], Tokens(doc).Select(t => t.Start));
        Assert.Equal([false, true, false, true, false, true], Tokens(doc).Select(t => t.SpaceAfter));
    }

    [Fact]
    public void Process_EmptyOrBlankText_GivesNoTokens()
    {
        Assert.Equal(0, Tokenize("").TokenCount);
        Assert.Equal(0, Tokenize(" \n\t\u200B ").TokenCount);
    }

    [Fact]
    public void Process_TokenizedDoc_Throws()
    {
        var doc = Tokenize("once");
        Assert.Throws<InvalidOperationException>(() => new Tokenizer().Process(doc));
    }

    private static readonly string[] Fragments =
    [
        "a", "Zb", "7", "0.5", ".", ",", "'", "\u2019", "'s", "n't", "-", "--", "U.S.", "Dr.", "http://x.y/z", "www.", "@", "#", "a@b.com",
        ":)", "(", ")", "\"", "$", "%", "\u2026", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0301", "é", " ", "  ", "\n", "\n\n", "\t", "\u200B",
        "\u00A0", "e-", "non-", "713-", "1,", "000", ":", "/", "&", "T", "\uFE0F", "_", "\0",
    ];

    [FsCheck.Xunit.Property(MaxTest = 400)]
    public Property Tokenize_AnyText_OffsetsIncreaseStayInsideAndSkipWhitespace()
    {
        var texts = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
        return Prop.ForAll(texts, text =>
        {
            var doc = Tokenize(text);
            int previousEnd = 0;
            foreach (var t in Tokens(doc))
            {
                if (t.Start < previousEnd || t.Length <= 0 || t.End > text.Length) return false;
                foreach (char c in t.Span)
                    if (char.IsWhiteSpace(c)) return false;
                // A token never cuts a surrogate pair in half.
                if (char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1])) return false;
                previousEnd = t.End;
            }
            return true;
        });
    }

    private static IEnumerable<Token> Tokens(Doc doc) => Enumerable.Range(0, doc.TokenCount).Select(i => doc[i]);

    private static Doc Tokenize(string text)
    {
        var doc = new Doc("t", text);
        new Tokenizer().Process(doc);
        return doc;
    }
}
