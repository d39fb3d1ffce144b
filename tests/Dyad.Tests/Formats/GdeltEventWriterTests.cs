using Dyad.Formats;
using static Dyad.Tests.Formats.ExportSamples;

namespace Dyad.Tests.Formats;

public sealed class GdeltEventWriterTests
{
    private static async Task<string[][]> RowsAsync(GdeltEventWriter w, params Dyad.Documents.CodedEvent[] events)
    {
        var text = await TextAsync(s => w.WriteAsync(s, Rows(events)));
        Assert.EndsWith("\n", text);
        return text[..^1].Split('\n').Select(l => l.Split('\t')).ToArray();
    }

    [Fact]
    public async Task Write_FullEvent_FillsEachColumnAsGdeltDefinesIt()
    {
        var rows = await RowsAsync(new GdeltEventWriter(), Full, Bare);
        var r = rows[0];

        Assert.All(rows, x => Assert.Equal(61, x.Length));
        Assert.Equal(["100", "20240805", "202408", "2024", "2024.6712"], r[..5]);
        Assert.Equal(["USAGOV", "ANTONY BLINKEN", "USA", "", "", "", "", "GOV", "", ""], r[5..15]);
        Assert.Equal(["IRQGOV", "MOHAMMED SHIA AL-SUDANI", "IRQ"], r[15..18]);
        Assert.Equal(["1", "041", "041", "04", "1", "1.0", "2", "2", "2", ""], r[25..35]);
        Assert.Equal("0", r[35]);
        Assert.Equal("0", r[43]);
        Assert.Equal(["4", "Baghdad", "IZ", "IZ07", "", "33.34", "44.4", "98182"], r[51..59]);
        Assert.Equal("20240806121500", r[59]);
        Assert.Equal("https://example.org/a1", r[60]);
    }

    [Fact]
    public async Task Write_UnknownActorsAndPlace_LeavesFieldsEmptyNotShifted()
    {
        var r = (await RowsAsync(new GdeltEventWriter(), Bare))[0];

        Assert.Equal(61, r.Length);
        Assert.Equal("", r[5]);
        Assert.Equal("", r[15]);
        Assert.Equal(["190", "190", "19", "4", "-10.0"], r[26..31]);
        Assert.Equal("0", r[51]);
        Assert.Equal("", r[53]);
    }

    [Fact]
    public async Task Write_GivenCrosswalk_UsesItForGeoCountry()
    {
        var r = (await RowsAsync(new GdeltEventWriter(iso => iso == "IQ" ? "QQ" : null), Full))[0];

        Assert.Equal("QQ", r[53]);
        Assert.Equal("QQ07", r[54]);
    }

    [Fact]
    public async Task Write_CountryPrecisionPlace_IsType1WithFipsFeatureId()
    {
        var country = Full with { Place = Full.Place! with { Precision = Dyad.Documents.PlacePrecision.Country, Country = "DE" } };
        var r = (await RowsAsync(new GdeltEventWriter(), country))[0];

        Assert.Equal(["1", "Baghdad", "GM", "GM"], r[51..55]);
        Assert.Equal("GM", r[58]);
    }
}
