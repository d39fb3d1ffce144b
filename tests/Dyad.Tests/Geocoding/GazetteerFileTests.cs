using Dyad.Geocoding;

namespace Dyad.Tests.Geocoding;

public sealed class GazetteerFileTests
{
    private static Gazetteer Small()
    {
        var b = new GazetteerBuilder();
        b.Countries.Add(new CountryInfo("IQ", "IRQ", "368", "IZ", "Iraq", 33, 44, "Asia", "Western Asia", "Baghdad"));
        b.Countries.Add(new CountryInfo("US", "USA", "840", "US", "United States", 40, -100, "Americas", "North America", "Washington D.C."));
        int anbar = b.Add("Al Anbar", GazetteerKind.Admin1, 33.76, 42.04, 558574, 0, "ADM1", 0);
        b.AddName("Al Anbar", anbar);
        b.AddName("Anbar", anbar);
        int baghdad = b.Add("Baghdad", GazetteerKind.City, 33.3406, 44.4009, 7216000, 98182, "PPLC", 0);
        b.AddName("Baghdad", baghdad);
        b.AddName("Bagdad", baghdad);
        int paris = b.Add("Paris", GazetteerKind.City, 33.6609, -95.5555, 24782, 4717560, "PPL", 1);
        b.AddName("Paris", paris);
        b.Demonyms["iraqi"] = 0;
        return b.Build();
    }

    [Fact]
    public void SaveLoad_RoundTrips_EntriesIndexAndCrosswalk()
    {
        var path = Path.GetTempFileName();
        try
        {
            Small().Save(path);
            var g = Gazetteer.Load(path);
            Assert.Equal(3, g.Count);
            var baghdad = g[Assert.Single(g.Find("BAGDAD").ToArray())];
            Assert.Equal("Baghdad", baghdad.Name);
            Assert.Equal(98182, baghdad.GeonamesId);
            Assert.Equal(44.4009, baghdad.Lat > 0 ? baghdad.Lon : 0, 3);
            Assert.Equal("IQ", baghdad.Country);
            Assert.Equal("Al Anbar", g[g.Find("anbar")[0]].Name);
            Assert.Equal("IZ", g.CountryByIso3("IRQ")!.Fips);
            Assert.Equal("IQ", g.CountryByFips("IZ")!.Iso2);
            Assert.Equal(0, g.DemonymCountry("iraqi"));
            Assert.True(g.Find("Lyon").IsEmpty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NotAGazetteer_SaysSo()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "this is not a gazetteer file at all");
            Assert.Throws<InvalidDataException>(() => Gazetteer.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Missing_NamesTheBuildCommand()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Gazetteer.Load("/nonexistent/gazetteer.bin"));
        Assert.Contains("dyad train gazetteer", e.Message);
    }
}
