using Dyad.Merging;

namespace Dyad.Tests.Merging;

public sealed class MinHashTests
{
    private const string Story =
        "Security forces released five suspects held over the attack on the Ain al-Asad base in the Anbar province, " +
        "media reports said on Tuesday. Security officials from the Joint Operations Command did not respond to requests " +
        "for a comment. The base houses American troops and advisors of the international coalition against the Islamic State.";

    // The store's fixed article: its signature text and band keys were computed with Dyad.Storage.NearDuplicates before
    // that class moved here; databases keep both (articles.minhash, article_bands), so they must never change.
    private const string StoredStory = "Iraqi authorities released the suspects on Monday after questioning them about the attack on the base in Anbar province, officials said, adding that an investigation continues.";
    private const string StoredSignature = "14b5c1e68f08adff 00ba70dbc1851817 0c1b08187d6d7d02 06a8209e26bb1b55 0f745d84696c165a 01ec2694c55e5db1 051f5f4007b30631 222ef5cbaf31ae30 119ee3bbfdee61db 004370b8d7c545f6 05d6741a029816e3 05fd967ae25c1aa9 0d65ce25c80bc2ab 03bf27a0ebca63be 048bf420a7bca434 0aa666f8ec66816a 08d3e257fdac6aaa 03073f23a1c21adf 08275c1f10c09ab5 0fce3623bcc744f6 117dce97cb2d1d96 03c2686ae4f3beff 0741f0b49788ac45 07e49430e2bdee27 02a8cb9c9ee75ed3 0252a6ea66e4faa5 013f1f0abc9252a6 07e869588bd46605 0409be462051c0aa 109142393822b1f2 0e0dfd537bfcc4c3 0517f9e1868819f0";
    private static readonly long[] StoredBandKeys = [7601207846803497898,-4704452999057725328,-8611127738607217694,2116486699685564837,6808814963453978849,7844306246504178067,-3132902843084753174,8744765477950381237];

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
    public void Similarity_SyndicatedCopyWithSmallEdits_IsHighAndIgnoresCase()
    {
        var a = MinHash.Signature(StoredStory)!;
        var b = MinHash.Signature("BAGHDAD (Wire) - " + StoredStory.Replace("officials said", "officials told reporters", StringComparison.Ordinal))!;

        Assert.True(MinHash.Similarity(a, b) >= 0.5);
        Assert.Equal(1.0, MinHash.Similarity(a, MinHash.Signature(StoredStory.ToUpperInvariant())!));
    }

    [Fact]
    public void Similarity_DifferentStory_IsLow()
    {
        const string other = "The central bank raised interest rates by half a point on Wednesday, citing inflation that has " +
            "stayed above its target for eighteen months, and said further increases could follow before the end of the year.";
        Assert.True(MinHash.Similarity(MinHash.Signature(Story), MinHash.Signature(other)) < 0.1);
        var b = MinHash.Signature("The central bank raised interest rates by half a point on Tuesday, citing inflation that has stayed above target for a year.")!;
        Assert.True(MinHash.Similarity(MinHash.Signature(StoredStory), b) < 0.2);
    }

    [Fact]
    public void Signature_TooShortText_IsNull() => Assert.Null(MinHash.Signature("Too short to compare."));

    [Fact]
    public void Signature_RoundTripsThroughText_AndIsStableAcrossCalls()
    {
        var a = MinHash.Signature(StoredStory)!;
        Assert.Equal(a, MinHash.FromText(MinHash.ToText(a)));
        Assert.Equal(MinHash.BandKeys(a), MinHash.BandKeys(MinHash.Signature(StoredStory)!));
    }

    [Fact]
    public void Signature_StoredArticle_KeepsThePersistedTextAndBandKeys()
    {
        var sig = MinHash.Signature(StoredStory)!;
        Assert.Equal(StoredSignature, MinHash.ToText(sig));
        Assert.Equal(StoredBandKeys, MinHash.BandKeys(sig));
    }
}
