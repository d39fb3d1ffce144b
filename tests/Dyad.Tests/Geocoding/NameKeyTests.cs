using Dyad.Geocoding;

namespace Dyad.Tests.Geocoding;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("U.S.", "us")]
    [InlineData("Ain al-Asad", "ain al asad")]
    [InlineData("  São   Paulo ", "sao paulo")]
    [InlineData("Łódź", "lodz")]
    public void From_Folds_CaseDiacriticsAndPunctuation(string name, string key) => Assert.Equal(key, NameKey.From(name));

    [Theory]
    [InlineData("Багдад")]
    [InlineData("بغداد")]
    [InlineData("...")]
    public void From_NonLatinOrEmpty_IsNull(string name) => Assert.Null(NameKey.From(name));
}
