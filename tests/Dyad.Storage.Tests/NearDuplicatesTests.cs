namespace Dyad.Storage.Tests;

public sealed class NearDuplicatesTests
{
    private const string Story = "Iraqi authorities released the suspects on Monday after questioning them about the attack on the base in Anbar province, officials said, adding that an investigation continues.";

    [Fact]
    public void Similarity_SyndicatedCopyWithSmallEdits_IsAboveThreshold()
    {
        var a = NearDuplicates.Signature(Story)!;
        var b = NearDuplicates.Signature("BAGHDAD (Wire) - " + Story.Replace("officials said", "officials told reporters"))!;

        Assert.True(NearDuplicates.Similarity(a, b) >= 0.5);
        Assert.Equal(1.0, NearDuplicates.Similarity(a, NearDuplicates.Signature(Story.ToUpperInvariant())!));
    }

    [Fact]
    public void Similarity_DifferentStories_IsLow()
    {
        var a = NearDuplicates.Signature(Story)!;
        var b = NearDuplicates.Signature("The central bank raised interest rates by half a point on Tuesday, citing inflation that has stayed above target for a year.")!;

        Assert.True(NearDuplicates.Similarity(a, b) < 0.2);
    }

    [Fact]
    public void Signature_TooShortText_IsNull() => Assert.Null(NearDuplicates.Signature("Too short to compare."));

    [Fact]
    public void Signature_RoundTripsThroughText_AndIsStableAcrossCalls()
    {
        var a = NearDuplicates.Signature(Story)!;
        Assert.Equal(a, NearDuplicates.FromText(NearDuplicates.ToText(a)));
        Assert.Equal(NearDuplicates.BandKeys(a), NearDuplicates.BandKeys(NearDuplicates.Signature(Story)!));
    }
}
