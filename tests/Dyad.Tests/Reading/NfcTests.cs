using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class NfcTests
{
    [Fact]
    public void Normalize_UnderInvariantGlobalization_DoesNotCompose()
    {
        // Why Nfc exists: with InvariantGlobalization the BCL leaves "e" + U+0301 as two chars. If this starts to
        // fail, the runtime composes by itself and Nfc can be replaced by string.Normalize.
        Assert.Equal(2, "e\u0301".Normalize().Length);
    }

    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("Ko\u0308ln", "K\u00F6ln")]
    [InlineData("S\u030Cibenik", "\u0160ibenik")]
    [InlineData("Vie\u0323\u0302t", "Vi\u1EC7t")]
    [InlineData("\u0438\u0306", "\u0439")]
    [InlineData("\u1112\u1161\u11AB", "\uD55C")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("\u0301 leading mark", "\u0301 leading mark")]
    public void Compose_DecomposedText_GivesPrecomposedCharacters(string input, string expected) => Assert.Equal(expected, Nfc.Compose(input));
}
