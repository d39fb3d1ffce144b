using System.Globalization;
using System.Text.Json;

namespace Dyad.Geocoding;

/// <summary>Compiles GeoNames cities500, its admin-1/admin-2 names, the country lists and the FIPS and region tables into a <see cref="Gazetteer"/>.</summary>
public static class GazetteerCompiler
{
    /// <summary>Places below this population keep only their main and ASCII names, which keeps the file small.</summary>
    public const long AlternateNamePopulation = 5000;

    /// <param name="sharedData">the ../shared/data folder</param>
    /// <param name="tables">the folder holding the small committed tables (fips10-4, country-points, country-aliases, regions .tsv): the repository's data/</param>
    /// <param name="countryPoints">false leaves every country at its Factbook centroid, ignoring the dev-derived country-points.tsv (for the ablation in docs/notes/geo.md)</param>
    public static Gazetteer Compile(string sharedData, string tables, bool countryPoints = true)
    {
        var b = new GazetteerBuilder();
        var countries = CountrySources.Read(sharedData, tables, b, countryPoints);
        var admin1 = ReadAdmins(Path.Combine(sharedData, "geonames", "admin1.json"), GazetteerKind.Admin1, countries, b, null);
        var admin2 = ReadAdmins(Path.Combine(sharedData, "geonames", "admin2.json"), GazetteerKind.Admin2, countries, b, admin1);
        var areas = new AreaExtent();
        ReadCities(Path.Combine(sharedData, "geonames", "cities500.txt"), countries, admin1, admin2, b, areas);
        areas.Apply(b);
        CountrySources.AddCountryEntries(sharedData, tables, countries, b, areas);
        ReadRegions(Path.Combine(tables, "regions.tsv"), b);
        ReadLandmarks(Path.Combine(tables, "landmarks.tsv"), countries, admin1, b);
        return b.Build();
    }

    private static Dictionary<string, int> ReadAdmins(string path, GazetteerKind kind, Dictionary<string, int> countries,
        GazetteerBuilder b, Dictionary<string, int>? parents)
    {
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var code = item.GetProperty("code").GetString();
            var name = item.GetProperty("name").GetString();
            if (code is null || string.IsNullOrWhiteSpace(name) || code.Length < 4) continue;
            if (!countries.TryGetValue(code[..2], out var country)) continue;
            int parent = -1;
            if (parents is not null && code.LastIndexOf('.') is > 3 and var dot) parents.TryGetValue(code[..dot], out parent);
            // The point and population are filled from the member places once the cities are read.
            var entry = b.Add(name, kind, 0, 0, 0, 0, kind == GazetteerKind.Admin1 ? "ADM1" : "ADM2", country, parent, -1);
            byCode[code] = entry;
            b.AddName(name, entry);
            foreach (var variant in AdminNames.Variants(name)) b.AddName(variant, entry);
        }
        return byCode;
    }

    private static void ReadCities(string path, Dictionary<string, int> countries, Dictionary<string, int> admin1,
        Dictionary<string, int> admin2, GazetteerBuilder b, AreaExtent areas)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !countries.TryGetValue(f[8], out var country)) continue;
            if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)) continue;
            if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)) continue;
            long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out var pop);
            int a1 = admin1.TryGetValue($"{f[8]}.{f[10]}", out var x1) ? x1 : -1;
            int a2 = admin2.TryGetValue($"{f[8]}.{f[10]}.{f[11]}", out var x2) ? x2 : -1;
            var entry = b.Add(f[1], GazetteerKind.City, lat, lon, pop, id, f[7], country, a1, a2);
            b.AddName(f[1], entry);
            b.AddName(f[2], entry);
            if (pop >= AlternateNamePopulation && f[3].Length > 0)
                foreach (var alt in f[3].Split(','))
                    if (alt.Length >= 3 && !(alt.Length <= 3 && alt.All(char.IsUpper))) b.AddName(alt, entry);
            areas.Include(a1, lat, lon, pop);
            areas.Include(a2, lat, lon, pop);
            areas.IncludeCountry(country, pop);
        }
    }

    /// <summary>Named facilities from the committed landmarks table, each with its cited point and its admin-1 area.</summary>
    private static void ReadLandmarks(string path, Dictionary<string, int> countries, Dictionary<string, int> admin1, GazetteerBuilder b)
    {
        if (!File.Exists(path)) return;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("name\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 7 || !countries.TryGetValue(f[5], out var country)) continue;
            var entry = b.Add(f[0], GazetteerKind.Landmark, double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture), 0, 0, f[2], country, admin1.GetValueOrDefault(f[6], -1));
            b.AddName(f[0], entry);
            foreach (var alias in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) b.AddName(alias, entry);
        }
    }

    private static void ReadRegions(string path, GazetteerBuilder b)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("name\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var entry = b.Add(f[0], GazetteerKind.Region,
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), 0, 0, "RGN", -1);
            b.AddName(f[0], entry);
            foreach (var alias in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) b.AddName(alias, entry);
        }
    }
}
