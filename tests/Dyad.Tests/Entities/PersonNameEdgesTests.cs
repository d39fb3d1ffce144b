using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>The edges of person names after decoding, on hand-made labels (no model).</summary>
public sealed class PersonNameEdgesTests
{
    /// <summary>Applies the rule to space-separated words tagged in BILOU ("U-PER", "B-ORG", "O").</summary>
    private static string[] Mended(string sentence, params string[] tags)
    {
        var words = sentence.Split(' ');
        var labels = HandLabels.Parse(tags);
        PersonNameEdges.Apply(new ArrayWords(words), labels);
        return HandLabels.Names(labels);
    }

    [Fact]
    public void Apply_InitialBeforeName_JoinsIt()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "O"],
            Mended("nominated A. Noel Kramer for", "O", "O", "B-PER", "L-PER", "O"));
    }

    [Fact]
    public void Apply_PronounA_IsNoInitial()
    {
        Assert.Equal(["O", "U-PER", "O"], Mended("A Noel said", "O", "U-PER", "O"));
    }

    [Fact]
    public void Apply_LowerCaseWordEndingName_IsTrimmed()
    {
        Assert.Equal(["O", "U-PER", "O", "O"], Mended("Dr Joseph retired .", "O", "B-PER", "L-PER", "O"));
    }

    [Fact]
    public void Apply_PronounStartingName_IsTrimmed()
    {
        Assert.Equal(["O", "O", "U-PER", "O"], Mended("Thank You Barry !", "O", "B-PER", "L-PER", "O"));
    }

    [Fact]
    public void Apply_AllLowerCaseName_IsLeftAlone()
    {
        Assert.Equal(["B-PER", "L-PER", "O"], Mended("jill allen finishes", "B-PER", "L-PER", "O"));
    }

    [Fact]
    public void Apply_SurnameCommaFirstNameInQuotes_IsOneName()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "O", "O"],
            Mended("\" Lenhart , Matthew \" <", "O", "O", "O", "U-PER", "O", "O"));
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "O"],
            Mended("\" McGilloway , Vangie \"", "O", "U-ORG", "O", "U-PER", "O"));
    }

    [Fact]
    public void Apply_NameAfterCommaInProse_KeepsItsOwnSpan()
    {
        Assert.Equal(["O", "O", "O", "U-PER", "O"], Mended("\" Yesterday , Matthew said", "O", "O", "O", "U-PER", "O"));
        Assert.Equal(["O", "U-LOC", "O", "U-PER", "O"], Mended("\" Houston , Matthew \"", "O", "U-LOC", "O", "U-PER", "O"));
    }

    [Fact]
    public void Apply_NameAfterCourtesyTitle_IsAPersonWithoutTheTitle()
    {
        Assert.Equal(["O", "U-PER", "O"], Mended("Dr Mcdonald is", "B-LOC", "L-LOC", "O"));
        Assert.Equal(["O", "B-PER", "L-PER", "O"], Mended("Mrs. Jane Smith said", "O", "O", "O", "O"));
    }

    [Fact]
    public void Apply_CourtesyTitleInsideALongerName_IsLeftAlone()
    {
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "L-ORG"], Mended("The Dr Pepper Company", "B-ORG", "I-ORG", "I-ORG", "L-ORG"));
    }
}
