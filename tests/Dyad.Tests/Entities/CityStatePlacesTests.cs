using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>"City , ST" addresses and "City State" spans, on hand-made labels and gazetteer (no model).</summary>
public sealed class CityStatePlacesTests
{
    private static string[] Applied(string sentence, params string[] tags)
    {
        var g = new NameGazetteer();
        g.Add("Michigan", NameKinds.Region);
        g.Add("Natal", NameKinds.Region);
        g.Add("Miramar", NameKinds.City);
        g.Add("San Rafael", NameKinds.City);
        g.Add("California", NameKinds.Region);
        g.Add("West Virginia", NameKinds.Region);
        g.Add("Virginia", NameKinds.Region);
        g.Add("West", NameKinds.Region);
        g.Add("Vietnam", NameKinds.Country);
        g.Add("South", NameKinds.Region);
        g.Add("Tampa", NameKinds.City);
        g.Add("Bay", NameKinds.Region);
        var words = sentence.Split(' ');
        var labels = HandLabels.Parse(tags);
        CityStatePlaces.Apply(new ArrayWords(words), HandLabels.Featured(words, g), labels);
        return HandLabels.Names(labels);
    }

    [Fact]
    public void Apply_CityCommaStateCode_TagsBoth()
    {
        Assert.Equal(["O", "O", "O", "U-LOC", "O", "U-LOC"], Applied("the store in Lawrence , KS", "O", "O", "O", "O", "O", "O"));
    }

    [Fact]
    public void Apply_UntaggedCityBeforeTaggedState_BecomesAPlace()
    {
        Assert.Equal(["U-LOC", "O", "U-LOC", "O"], Applied("Saginaw , Michigan 48604", "O", "O", "U-LOC", "O"));
    }

    [Fact]
    public void Apply_PersonBeforeStateCode_IsLeftAlone()
    {
        Assert.Equal(["B-PER", "L-PER", "O", "O"], Applied("Harry Preuss , MD", "B-PER", "L-PER", "O", "O"));
    }

    [Fact]
    public void Apply_LowerCaseRegionAfterComma_IsNoState()
    {
        Assert.Equal(["O", "U-PER", "O", "U-LOC", "O"], Applied("and Mercury , natal Saturn", "O", "U-PER", "O", "U-LOC", "O")[..5]);
        Assert.Equal(["O", "O", "O", "U-LOC"], Applied("and Mercury , natal", "O", "O", "O", "U-LOC"));
    }

    [Fact]
    public void Apply_PlaceThenStateWithoutComma_IsTwoPlaces()
    {
        Assert.Equal(["U-LOC", "U-LOC", "O"], Applied("Miramar California is", "B-LOC", "L-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "L-LOC", "U-LOC"], Applied("in San Rafael Ca", "O", "B-LOC", "I-LOC", "L-LOC"));
    }

    [Fact]
    public void Apply_OneNameEndingInARegion_StaysWhole()
    {
        Assert.Equal(["B-LOC", "L-LOC"], Applied("West Virginia", "B-LOC", "L-LOC"));
        Assert.Equal(["B-LOC", "L-LOC"], Applied("South Vietnam", "B-LOC", "L-LOC"));
        Assert.Equal(["B-LOC", "L-LOC"], Applied("Tampa Bay", "B-LOC", "L-LOC"));
    }
}
