using Dyad.Formats;

namespace Dyad.Tests.Formats;

public sealed class FipsCountriesTests
{
    [Theory]
    [InlineData("IQ", "IZ"), InlineData("de", "GM"), InlineData("GB", "UK"), InlineData("LB", "LE"), InlineData("US", "US"), InlineData("FR", "FR")]
    public void FromIso2_KnownCountries_GiveGdeltFipsCodes(string iso, string fips) => Assert.Equal(fips, FipsCountries.FromIso2(iso));

    [Theory]
    [InlineData(""), InlineData("IRQ"), InlineData("1A")]
    public void FromIso2_NotTwoLetters_IsNull(string iso) => Assert.Null(FipsCountries.FromIso2(iso));
}
