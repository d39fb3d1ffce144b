using Dyad.Merging;

namespace Dyad.Tests.Merging;

public sealed class MinHashTests
{
    private const string Story =
        "Security forces released five suspects held over the attack on the Ain al-Asad base in the Anbar province, " +
        "media reports said on Tuesday. Security officials from the Joint Operations Command did not respond to requests " +
        "for a comment. The base houses American troops and advisors of the international coalition against the Islamic State.";

    [Fact]
    public void Similarity_SameText_IsOne() =>
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Signature(Story), MinHash.Signature(Story)));

    [Fact]
    public void Similarity_SyndicatedCopyWithNewDateline_IsHigh()
    {
        var copy = "BAGHDAD (AP) — " + Story.Replace("media reports said", "local media said", StringComparison.Ordinal);
        Assert.True(MinHash.Similarity(MinHash.Signature(Story), MinHash.Signature(copy)) >= 0.6);
    }

    [Fact]
    public void Similarity_DifferentStory_IsLow()
    {
        const string other = "The central bank raised interest rates by half a point on Wednesday, citing inflation that has " +
            "stayed above its target for eighteen months, and said further increases could follow before the end of the year.";
        Assert.True(MinHash.Similarity(MinHash.Signature(Story), MinHash.Signature(other)) < 0.1);
    }

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
