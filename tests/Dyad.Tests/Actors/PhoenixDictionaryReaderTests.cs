using Dyad.Actors;

namespace Dyad.Tests.Actors;

public sealed class PhoenixDictionaryReaderTests
{
    [Fact]
    public void ReadActors_SynonymsAndIndentedRoles_BelongToTheBaseEntry()
    {
        var lines = """
            # comment
            NURI_AL_MALIKI_  # CountryInfo.txt
            +NOURI_AL-MALIKI

            +PM_MALIKI
            	[IRQELI 680101-000101]
            	[IRQGOV 20060520-20140908]
            	[IRQELI]
            UN_ [IGOUNO]
            U.N._
            HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
            """.Split('\n');
        var report = new PhoenixDictionaryReader.Report();
        var entries = PhoenixDictionaryReader.ReadActors(lines, ActorKind.Country, report);
        Assert.Equal(["NURI AL MALIKI", "UN", "HEZBOLLAH"], entries.Select(e => e.Name));
        Assert.Equal(["NOURI AL-MALIKI", "PM MALIKI"], entries[0].Synonyms);
        Assert.Equal(3, entries[0].Roles.Count);
        Assert.Equal(ActorKind.Person, entries[0].Kind);
        Assert.Equal(1, report.EntriesWithoutRoles);
    }

    [Fact]
    public void ReadAgents_ExpandsMacrosAndPlurals()
    {
        var lines = """
            !PERSON! = MAN, MEN
            POLICE {} [~COP]
            REBEL [~REB]
            MILITIA {MILITIAS} [~REB]
            SPOKES!PERSON! [~GOV]
            """.Split('\n');
        var agents = PhoenixDictionaryReader.ReadAgents(lines).Select(a => a.Phrase + "=" + a.Code).ToList();
        Assert.Contains("POLICE=COP", agents);
        Assert.DoesNotContain("POLICES=COP", agents);
        Assert.Contains("REBELS=REB", agents);
        Assert.Contains("MILITIAS=REB", agents);
        Assert.Contains("SPOKESMEN=GOV", agents);
    }
}
