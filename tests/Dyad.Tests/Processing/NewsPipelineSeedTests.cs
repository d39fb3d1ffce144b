using Dyad.Documents;
using Dyad.Processing;
using Dyad.TestSupport;

namespace Dyad.Tests.Processing;

/// <summary>The seed article through the whole shipped pipeline: Dyad's own parse, entities and actors, not hand-made trees.</summary>
public sealed class NewsPipelineSeedTests
{
    private static readonly Lazy<IReadOnlyList<CodedEvent>> SeedEvents = new(() =>
    {
        var lines = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Coding", "Fixtures", "seed-000.txt")).Split('\n', 2);
        var article = new Article("seed-000", lines[0].Trim(), new DateOnly(2024, 8, 6), null, null, lines[1].Trim(), []);
        return NewsPipeline.LoadDefault().Code(article).Events;
    });

    private static IEnumerable<CodedEvent> InSentence(string words) =>
        SeedEvents.Value.Where(e => e.Mentions.Any(m => m.Text.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void Code_Seed_ReleaseOfSuspectsReportedTwice_IsOneEventWithTwoMentions()
    {
        var release = Assert.Single(SeedEvents.Value, e => e.Code.StartsWith("08", StringComparison.Ordinal) && InSentence("released").Contains(e));
        Assert.Equal("COP", release.Source?.Code);
        Assert.Equal(2, release.Mentions.Count);
    }

    [Fact]
    public void Code_Seed_ConditionalJoining_IsNeverAsserted()
    {
        var join = InSentence("if Iraqi factions join").ToList();
        Assert.NotEmpty(join);
        Assert.DoesNotContain(join, e => e.Code.StartsWith("04", StringComparison.Ordinal) && e.Mode == EventMode.Asserted);
    }

    [Fact]
    public void Code_Seed_PrimeMinisterWithDemonym_IsTheGovernmentActor()
    {
        var commitment = Assert.Single(InSentence("reiterated on Monday his country"), e => e.Code == "030");
        Assert.Equal("IRQGOV", commitment.Source?.Code);
    }
}
