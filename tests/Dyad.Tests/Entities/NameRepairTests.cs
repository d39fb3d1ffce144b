using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>The title repair on a hand-made gazetteer (no model): what follows a title is a name, the title is not.</summary>
public sealed class NameRepairTests
{
    private static string[] Repaired(string sentence)
    {
        var g = new NameGazetteer();
        g.Add("President", NameKinds.Title);
        g.Add("Prime Minister", NameKinds.Title);
        g.Add("Iraqi", NameKinds.Demonym);
        // The PETRARCH country file lists cities as country names: Vladimir is one.
        g.Add("Vladimir", NameKinds.Country);
        var words = sentence.Split(' ');
        var labels = new int[words.Length];
        NameRepair.Apply(new ArrayWords(words), HandLabels.Featured(words, g), labels);
        return HandLabels.Names(labels);
    }

    [Fact]
    public void Apply_PlaceNamedFirstNameAfterTitle_StartsTheName()
    {
        Assert.Equal(["O", "B-PER", "L-PER", "O"], Repaired("President Vladimir Putin said"));
    }

    [Fact]
    public void Apply_DemonymBeforeTitle_StaysOutOfTheName()
    {
        Assert.Equal(["O", "O", "O", "B-PER", "L-PER", "O"], Repaired("Iraqi Prime Minister Mohammed Sudani said"));
    }

    [Fact]
    public void Apply_EuropeanParticleAfterTitle_ContinuesTheName()
    {
        // The particle list is the one PersonNameEdges keeps (NameWords.Particles); the Arabic-only list stopped at "de".
        Assert.Equal(["O", "B-PER", "I-PER", "L-PER", "O"], Repaired("President Charles de Gaulle said"));
    }
}
