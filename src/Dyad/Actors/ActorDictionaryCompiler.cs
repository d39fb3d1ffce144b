using System.Text.Json;

namespace Dyad.Actors;

/// <summary>Builds <see cref="ActorDictionary"/> from the PETRARCH2/Phoenix files, the country demonyms and Dyad's own additions.</summary>
internal static class ActorDictionaryCompiler
{
    public sealed record Summary(int Entries, int Names, int Agents, int MalformedRoles, int EntriesWithoutRoles);

    public static (ActorDictionary Dictionary, Summary Summary) Compile(string shared, string extraFile)
    {
        var report = new PhoenixDictionaryReader.Report();
        var petrarch = Path.Combine(shared, "petrarch");
        // Demonyms go first so that Phoenix's own entries for the same names win.
        var entries = Demonyms(Path.Combine(shared, "countries", "world-countries", "countries.json"));
        entries.AddRange(PhoenixDictionaryReader.ReadActors(File.ReadLines(Path.Combine(petrarch, "Phoenix.Countries.actors.txt")), ActorKind.Country, report));
        entries.AddRange(PhoenixDictionaryReader.ReadActors(File.ReadLines(Path.Combine(petrarch, "Phoenix.International.actors.txt")), ActorKind.Organisation, report));
        entries.AddRange(PhoenixDictionaryReader.ReadActors(File.ReadLines(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt")), ActorKind.Group, report));
        var extra = File.ReadAllLines(extraFile);
        entries.AddRange(PhoenixDictionaryReader.ReadActors(extra.Where(l => !l.Contains("[~", StringComparison.Ordinal)), ActorKind.Organisation, report));
        var agents = PhoenixDictionaryReader.ReadAgents(File.ReadLines(Path.Combine(petrarch, "Phoenix.agents.txt")));
        agents.AddRange(PhoenixDictionaryReader.ReadAgents(extra));
        var dict = ActorDictionary.FromEntries(entries, [.. agents.Select(a => (a.Phrase, a.Code))]);
        int names = entries.Sum(e => 1 + e.Synonyms.Count);
        return (dict, new Summary(entries.Count, names, agents.Count, report.MalformedRoles, report.EntriesWithoutRoles));
    }

    private static List<ActorEntry> Demonyms(string countriesJson)
    {
        var list = new List<ActorEntry>();
        using var doc = JsonDocument.Parse(File.ReadAllText(countriesJson));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var code = c.GetProperty("cca3").GetString();
            if (code is not { Length: 3 }) continue;
            var names = new List<string> { c.GetProperty("name").GetProperty("common").GetString()! };
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var p in eng.EnumerateObject())
                    if (p.Value.GetString() is { Length: > 0 } d && !names.Contains(d)) names.Add(d);
            list.Add(new ActorEntry(names[0], names.Skip(1).ToArray(), [new ActorRole(code, null, null)], ActorKind.Country));
        }
        return list;
    }
}
