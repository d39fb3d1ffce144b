using System.Text;
using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class TextDecodingTests
{
    [Fact]
    public void Decode_Utf8Bom_IsRemoved() => Assert.Equal("café", TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. "caf\u00e9"u8]));

    [Fact]
    public void Decode_Utf16LittleEndianBom_IsHonoured() => Assert.Equal("Kyiv", TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Kyiv")]));

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252() =>
        Assert.Equal("\u201CS\u00E3o Tom\u00E9\u201D", TextDecoding.Decode([0x93, (byte)'S', 0xE3, (byte)'o', (byte)' ', (byte)'T', (byte)'o', (byte)'m', 0xE9, 0x94]));

    [Fact]
    public void Decode_DeclaredCharset_WinsOverUtf8Guess() =>
        Assert.Equal("Łódź", TextDecoding.Decode(Encoding.GetEncoding("iso-8859-2", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes("Łódź"), "iso-8859-2"));

    [Fact]
    public void Decode_DecomposedAccents_AreComposedToNfc() => Assert.Equal("Café Ñandú Hà Nội", TextDecoding.Decode(Encoding.UTF8.GetBytes("Cafe\u0301 N\u0303andu\u0301 Ha\u0300 N\u00F4\u0323i")));

    [Fact]
    public void Clean_CrLfAndControlCharacters_AreNormalised() => Assert.Equal("a\nb\nc d", TextDecoding.Clean("a\r\nb\rc\u0007 d"));

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", "windows-1251")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "ISO-8859-1")]
    [InlineData("<?xml version=\"1.0\" encoding=\"koi8-r\"?>", "koi8-r")]
    [InlineData("<p>no charset here</p>", null)]
    public void SniffCharset_FindsMetaAndXmlDeclarations(string head, string? expected) =>
        Assert.Equal(expected, TextDecoding.SniffCharset(Encoding.ASCII.GetBytes(head)));

    [Fact]
    public void WhyNotText_Image_SaysSo() => Assert.Equal("an image, not text", TextDecoding.WhyNotText([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));

    [Fact]
    public void WhyNotText_HighByteNoise_IsBinary() =>
        Assert.Equal("binary data (not text in any encoding)", TextDecoding.WhyNotText([.. Enumerable.Range(0, 3000).Select(i => (byte)(0x80 + i * 13 % 128))]));

    [Fact]
    public void WhyNotText_CyrillicUtf8_IsText() => Assert.Null(TextDecoding.WhyNotText(Encoding.UTF8.GetBytes("Киев и Москва провели переговоры.")));
}
