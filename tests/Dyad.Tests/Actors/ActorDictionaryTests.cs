using Dyad.Actors;
using Dyad.TestSupport;

namespace Dyad.Tests.Actors;

public sealed class ActorDictionaryTests
{
    private static readonly Lazy<ActorDictionary> Shipped = new(() => ActorDictionary.Load(Path.Combine(RepoPaths.Root, "data", "actors.bin")));

    [Fact]
    public void Lookup_PhoenixNames_GiveDatedCodes()
    {
        var maliki = Shipped.Value.Lookup("Nouri al-Maliki");
        Assert.NotNull(maliki);
        Assert.Equal("IRQGOV", maliki.RoleAt(new DateOnly(2010, 1, 1))?.Code);
        Assert.Equal("IRQELI", maliki.RoleAt(new DateOnly(2020, 1, 1))?.Code);
        Assert.Equal("USA", Shipped.Value.Lookup("United States")?.RoleAt(null)?.Code);
        Assert.Equal("IRQ", Shipped.Value.Lookup("Iraqi")?.RoleAt(null)?.Code);
    }

    [Fact]
    public void Split_CountryAndAgent()
    {
        Assert.Equal(("IRQ", "GOV"), Shipped.Value.Split("IRQGOV"));
        Assert.Equal(((string?)null, "IGO"), Shipped.Value.Split("IGOUNO"));
        Assert.Equal(("LBN", "REB"), Shipped.Value.Split("LBNREB"));
    }

    [Fact]
    public void WithUserFile_AddsAndOverridesEntriesWithoutRebuilding()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-actors-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, """
            # a user's additions
            MOHAMMED_SHIA_AL-SUDANI_ [IRQGOV >20221027]
            +SUDANI_
            NURI_AL_MALIKI_ [IRQPTY]
            WARLORD [~REB]
            """);
        try
        {
            var dict = Shipped.Value.WithUserFile(path);
            Assert.Equal("IRQGOV", dict.Lookup("Sudani")?.RoleAt(new DateOnly(2024, 8, 6))?.Code);
            Assert.Null(dict.Lookup("Sudani")?.RoleAt(new DateOnly(2020, 1, 1))?.Code);
            Assert.Equal("IRQPTY", dict.Lookup("Nuri al-Maliki")?.RoleAt(new DateOnly(2010, 1, 1))?.Code);
            Assert.Null(Shipped.Value.Lookup("Sudani"));
            var seq = new PieceSequence();
            seq.Reset(0);
            seq.Add("warlords", dict.Agents.Vocabulary);
            Assert.True(dict.Agents.Longest(seq, 0).Node >= 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SaveAndLoad_RoundTripsEntries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-actors-{Guid.NewGuid():N}.bin");
        try
        {
            var dict = ActorDictionary.FromEntries(
                [new ActorEntry("NURI AL MALIKI", ["MALIKI"], [new ActorRole("IRQGOV", new DateOnly(2006, 5, 20), new DateOnly(2014, 9, 8))], ActorKind.Person)],
                [("PRIME MINISTER", "GOV")]);
            dict.Save(path);
            var back = ActorDictionary.Load(path);
            Assert.Equal("IRQGOV", back.Lookup("Maliki")?.RoleAt(new DateOnly(2010, 1, 1))?.Code);
            Assert.Equal(1, back.AgentCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Garbage_FailsWithClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-actors-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        try
        {
            Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
