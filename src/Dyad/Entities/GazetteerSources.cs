using System.Text.Json;
using Dyad.Actors;

namespace Dyad.Entities;

/// <summary>Compiles the recogniser's gazetteer from the training data folder (countries, GeoNames, PETRARCH actors).</summary>
internal static class GazetteerSources
{
    /// <summary>Cities smaller than this add more ambiguity ("Mobile", "Reading") and model size than recall: 50,000 instead of 2,000 kept dev F1 and cut the model by 95 KB.</summary>
    public const int MinCityPopulation = 50000;

    /// <summary>Agents whose role nouns are used as titles before names.</summary>
    private static readonly HashSet<string> TitleAgents = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "JUD", "LEG", "ELI", "REB", "SPY", "OPP", "PTY", "IGO" };

    public static NameGazetteer Build(string shared)
    {
        var g = new NameGazetteer();
        AddCountries(g, shared);
        AddCities(g, Path.Combine(shared, "geonames", "cities500.txt"));
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "geonames", "admin1.json"))))
            foreach (var e in doc.RootElement.EnumerateArray())
                if (e.GetProperty("name").GetString() is { } name) g.Add(name, NameKinds.Region);
        AddActors(g, shared);
        var agents = PhoenixDictionaryReader.ReadAgents(File.ReadLines(Path.Combine(shared, "petrarch", "Phoenix.agents.txt")));
        foreach (var a in agents)
            if (a.Code.Length >= 3 && TitleAgents.Contains(a.Code[..3])) g.Add(a.Phrase, NameKinds.Title);
        g.Freeze();
        return g;
    }

    private static void AddCountries(NameGazetteer g, string shared)
    {
        var dir = Path.Combine(shared, "countries");
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "world-countries", "countries.json"))))
        {
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                var name = c.GetProperty("name");
                g.Add(name.GetProperty("common").GetString()!, NameKinds.Country);
                g.Add(name.GetProperty("official").GetString()!, NameKinds.Country);
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                    if (alt.GetString() is { Length: > 2 } a) g.Add(a, NameKinds.Country);
                if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                    foreach (var p in eng.EnumerateObject())
                        if (p.Value.GetString() is { Length: > 0 } d) g.Add(d, NameKinds.Demonym);
                if (c.TryGetProperty("capital", out var caps))
                    foreach (var cap in caps.EnumerateArray()) g.Add(cap.GetString()!, NameKinds.City);
            }
        }
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "i18n-iso-countries", "en.json"))))
            foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String) g.Add(p.Value.GetString()!, NameKinds.Country);
                else foreach (var v in p.Value.EnumerateArray()) g.Add(v.GetString()!, NameKinds.Country);
            }
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "i18n-nationality", "en.json"))))
            foreach (var p in doc.RootElement.GetProperty("nationalities").EnumerateObject())
                g.Add(p.Value.GetString()!, NameKinds.Demonym);
    }

    private static void AddCities(NameGazetteer g, string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length < 15 || !long.TryParse(cols[14], out var pop) || pop < MinCityPopulation) continue;
            g.Add(cols[1], NameKinds.City);
            if (cols[2] != cols[1]) g.Add(cols[2], NameKinds.City);
        }
    }

    private static void AddActors(NameGazetteer g, string shared)
    {
        var dir = Path.Combine(shared, "petrarch");
        var files = new (string File, ActorKind Kind)[]
        {
            ("Phoenix.Countries.actors.txt", ActorKind.Country),
            ("Phoenix.International.actors.txt", ActorKind.Organisation),
            ("Phoenix.MilNonState.actors.txt", ActorKind.Group),
        };
        foreach (var (file, kind) in files)
        {
            foreach (var e in PhoenixDictionaryReader.ReadActors(File.ReadLines(Path.Combine(dir, file)), kind))
            {
                var k = e.Kind switch
                {
                    ActorKind.Country => NameKinds.Country,
                    ActorKind.Person => NameKinds.Person,
                    _ => NameKinds.Organisation,
                };
                foreach (var name in e.Synonyms.Prepend(e.Name))
                {
                    g.Add(name, k);
                    if (k == NameKinds.Person && name.Split(' ') is { Length: >= 2 } parts && parts[0].Length > 2)
                        g.Add(parts[0], NameKinds.FirstName);
                }
            }
        }
    }
}
