using Dyad.Merging;

namespace Dyad.Tests.Merging;

public sealed class NearDuplicatesTests
{
    private const string Story =
        "Security forces released five suspects held over the attack on the Ain al-Asad base in the Anbar province, " +
        "media reports said on Tuesday. Security officials from the Joint Operations Command did not respond to requests " +
        "for a comment. The base houses American troops and advisors of the international coalition against the Islamic State.";

    [Fact]
    public void Find_LinksCopiesToTheFirstSeen()
    {
        var copy = Story + " Reporting by the wire desk.";
        var links = NearDuplicates.Find([("a", Story), ("b", copy), ("c", "An unrelated short note about the weather in Basra.")]);
        Assert.Equal("a", links["b"]);
        Assert.False(links.ContainsKey("c"));
        Assert.False(links.ContainsKey("a"));
    }
}
