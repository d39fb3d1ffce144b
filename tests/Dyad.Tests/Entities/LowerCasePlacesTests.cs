using Dyad.Documents;

namespace Dyad.Tests.Entities;

/// <summary>Lower-case country, state and (unseen) city names are places; lower-case demonyms are not (shipped model, models/ner.bin).</summary>
public sealed class LowerCasePlacesTests
{
    [Fact]
    public void Process_LowerCaseCountryAndState_AreLocations()
    {
        var doc = ShippedNer.Annotate("i am from mexico and my sister lives in florida now");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "mexico");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "florida");
    }

    [Fact]
    public void Process_LowerCaseCityUnseenInTraining_IsALocation()
    {
        var doc = ShippedNer.Annotate("i will be going to baguio alone next week");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "baguio");
    }

    [Fact]
    public void Process_LowerCaseCityThatTrainingCapitalises_IsNoLocation()
    {
        var doc = ShippedNer.Annotate("the realisation of an intimate union in which there is trust");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC");
    }

    [Fact]
    public void Process_LowerCaseRegionNameAsCommonNoun_IsNoLocation()
    {
        var doc = ShippedNer.Annotate("would you want a chihuahua or a newlywed bride , 50 km west of here");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC");
    }

    [Fact]
    public void Process_LowerCaseDemonym_IsNoLocation()
    {
        var doc = ShippedNer.Annotate("we had french fries and thai curry for dinner");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "LOC");
    }
}
