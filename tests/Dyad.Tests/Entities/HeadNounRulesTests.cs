using Dyad.Documents;

namespace Dyad.Tests.Entities;

/// <summary>The rules after decoding and the document pass, on the shipped model (models/ner.bin).</summary>
public sealed class HeadNounRulesTests
{
    [Fact]
    public void Process_NameBeforeBaseOrProvince_IsAPlace()
    {
        var doc = ShippedNer.Annotate("Rockets hit the Ain al-Asad base in Anbar province on Monday.");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Ain al-Asad");
        Assert.DoesNotContain(doc.Entities, e => e.Label == "PER");
    }

    [Fact]
    public void Process_RunEndingInCommittee_IsOneOrganisation()
    {
        var doc = ShippedNer.Annotate("The so-called Iraqi Resistance Coordination Committee said it would retaliate.");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Iraqi Resistance Coordination Committee");
    }

    [Fact]
    public void Process_PlaceEndingInOrganisationHead_StaysAPlace()
    {
        var doc = ShippedNer.Annotate("Abbas gave a campaign speech in the West Bank town of Ramallah.");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "West Bank");
    }

    [Fact]
    public void Process_RunEndingInPlaceHead_IsAPlace()
    {
        var doc = ShippedNer.Annotate("We stopped near the Blue Water Bridges and then drove to the GG Bridge.");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Blue Water Bridges");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "GG Bridge");
    }

    [Fact]
    public void Process_OrganisationHeadBeforeOf_MakesTheWholeRunOneOrganisation()
    {
        var doc = ShippedNer.Annotate("The complaint was filed with the United States Department of Housing and Urban Development last week.");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "United States Department of Housing and Urban Development");
    }

    [Fact]
    public void Process_RunEndingInPlaceHeadWithAPersonInside_IsAPlace()
    {
        var doc = ShippedNer.Annotate("He was stationed at a rather large Air Force Base for years.");
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && e.Text == "Air Force Base");
    }

    [Fact]
    public void Process_AcronymDefinedInBrackets_IsTaggedWhereItRecurs()
    {
        var doc = ShippedNer.Annotate("The Islamic Revolutionary Guard Corps (IRGC) fired missiles. Officials said IRGC units moved west.");
        Assert.Contains(doc.Entities, e => e.Label == "ORG" && e.Text == "Islamic Revolutionary Guard Corps");
        var acronyms = doc.Entities.Where(e => e.Text == "IRGC").ToList();
        Assert.Equal(2, acronyms.Count);
        Assert.All(acronyms, m => Assert.Equal("ORG", m.Label));
    }
}
