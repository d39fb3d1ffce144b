using System.Globalization;
using System.Text.Json;

namespace Dyad.Geocoding;

/// <summary>Reads the country lists (world-countries, i18n-iso-countries, i18n-nationality) and the FIPS 10-4 table.</summary>
internal static class CountrySources
{
    /// <summary>Fills the builder's country table and demonyms; returns ISO alpha-2 → country index.</summary>
    public static Dictionary<string, int> Read(string sharedData, string tables, GazetteerBuilder b, bool countryPoints = true)
    {
        var fips = ReadTable(Path.Combine(tables, "fips10-4.tsv")).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var points = countryPoints
            ? ReadTable(Path.Combine(tables, "country-points.tsv")).ToDictionary(f => f[0], f => f, StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byIso2 = new Dictionary<string, int>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sharedData, "countries", "world-countries", "countries.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var iso2 = c.GetProperty("cca2").GetString()!;
            var latlng = c.GetProperty("latlng");
            var (lat, lon) = points.TryGetValue(iso2, out var pt)
                ? (double.Parse(pt[1], CultureInfo.InvariantCulture), double.Parse(pt[2], CultureInfo.InvariantCulture))
                : latlng.GetArrayLength() == 2 ? (latlng[0].GetDouble(), latlng[1].GetDouble()) : (0, 0);
            var capital = c.GetProperty("capital").EnumerateArray().Select(x => x.GetString()).FirstOrDefault();
            byIso2[iso2] = b.Countries.Count;
            b.Countries.Add(new CountryInfo(iso2, c.GetProperty("cca3").GetString()!, c.GetProperty("ccn3").GetString() ?? "",
                fips.GetValueOrDefault(iso2), c.GetProperty("name").GetProperty("common").GetString()!,
                lat, lon,
                NullIfEmpty(c.GetProperty("region").GetString()), NullIfEmpty(c.GetProperty("subregion").GetString()), capital));
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var g in eng.EnumerateObject())
                    if (NameKey.From(g.Value.GetString() ?? "") is { } key) b.Demonyms.TryAdd(key, byIso2[iso2]);
        }
        using var nat = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sharedData, "countries", "i18n-nationality", "en.json")));
        var nationalities = nat.RootElement.TryGetProperty("nationalities", out var n) ? n : nat.RootElement;
        foreach (var p in nationalities.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String && byIso2.TryGetValue(p.Name, out var ci) && NameKey.From(p.Value.GetString()!) is { } key)
                b.Demonyms.TryAdd(key, ci);
        return byIso2;
    }

    /// <summary>Adds one gazetteer entry per country with its names as index keys.</summary>
    public static void AddCountryEntries(string sharedData, string tables, Dictionary<string, int> byIso2, GazetteerBuilder b, AreaExtent areas)
    {
        var names = new Dictionary<int, HashSet<string>>();
        void Name(int country, string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return;
            // Two-letter spellings ("IN", "IT") are ordinary words in capitals; only US and UK are kept.
            if (name.Length <= 2 && name is not ("US" or "UK")) return;
            if (!names.TryGetValue(country, out var set)) names[country] = set = new(StringComparer.Ordinal);
            set.Add(name);
        }
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sharedData, "countries", "world-countries", "countries.json"))))
            foreach (var c in json.RootElement.EnumerateArray())
            {
                int ci = byIso2[c.GetProperty("cca2").GetString()!];
                Name(ci, c.GetProperty("name").GetProperty("common").GetString());
                Name(ci, c.GetProperty("name").GetProperty("official").GetString());
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray()) Name(ci, alt.GetString());
            }
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sharedData, "countries", "i18n-iso-countries", "en.json"))))
            foreach (var p in json.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (!byIso2.TryGetValue(p.Name, out var ci)) continue;
                if (p.Value.ValueKind == JsonValueKind.Array)
                    foreach (var a in p.Value.EnumerateArray()) Name(ci, a.GetString());
                else Name(ci, p.Value.GetString());
            }
        foreach (var alias in ReadTable(Path.Combine(tables, "country-aliases.tsv")))
            if (byIso2.TryGetValue(alias[0], out var ci)) Name(ci, alias[1]);
        for (int ci = 0; ci < b.Countries.Count; ci++)
        {
            var c = b.Countries[ci];
            var entry = b.Add(c.Name, GazetteerKind.Country, c.Lat, c.Lon, areas.CountryPopulation(ci), 0, "PCLI", ci);
            b.AddName(c.Name, entry);
            if (names.TryGetValue(ci, out var set))
                foreach (var name in set)
                {
                    b.AddName(name, entry);
                    // "Republic of Iraq" is also said as "Iraq"; "the Netherlands" as "Netherlands".
                    if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) b.AddName(name[4..], entry);
                }
        }
    }

    /// <summary>Rows of a small tab-separated table keyed by ISO alpha-2, skipping comments and the header.</summary>
    private static IEnumerable<string[]> ReadTable(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("iso2\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length >= 2 && f[0].Length == 2) yield return f;
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
