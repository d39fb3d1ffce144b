namespace Dyad.Entities;

/// <summary>
/// Types a capitalised name by the noun that heads or follows it, where news wording is clearer than the web-text
/// model: a run ending in "Committee", "Council", "Ministry", or with such a head before "of", is one organisation
/// ("Iraqi Resistance Coordination Committee", "Department of Housing and Urban Development"), a run ending in
/// "Bridge", "Lake", "Islands" is one place ("Blue Water Bridges"), and a name followed by "base", "province",
/// "airport" is a place ("the Ain al-Asad base").
/// </summary>
internal static class HeadNounRules
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeads = Set(
        "committee", "council", "ministry", "commission", "agency", "authority", "party", "front", "movement",
        "organization", "organisation", "association", "federation", "union", "brigades", "brigade", "corps",
        "command", "department", "institute", "university", "foundation", "coalition", "alliance", "assembly",
        "parliament", "congress", "senate", "court", "bank", "corporation", "inc", "inc.", "ltd", "ltd.", "co.",
        "company", "group", "mobilization", "mobilisation", "framework", "network", "office", "offices", "bureau", "service");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = Set(
        "base", "airbase", "airport", "province", "governorate", "district", "camp", "border", "crossing", "port",
        "region", "valley", "river", "mountains", "refinery");

    // Heads of place names: a capitalised run ending in one is a place in 95 % of UNER EWT train's cases
    // ("Andaman Islands", "Iguazu Falls", "Penn Station"); streets and avenues are not (the annotation leaves addresses out).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceHeads = Set(
        "bay", "beach", "falls", "hills", "island", "islands", "lake", "mountain", "mountains", "park", "river", "station",
        "valley", "bridge", "bridges", "airport", "canyon", "harbor", "harbour", "base");

    /// <summary>Whether a word heads organisation names ("Committee", "Coalition", "Ministry").</summary>
    public static bool IsOrgHead(ReadOnlySpan<char> word) => OrgHeads.Contains(word);

    public static void Apply<TWords>(TWords words, NerScratch s, Span<int> labels) where TWords : IWordSource
    {
        int n = words.Count;
        int org = BilouLabels.TypeIndex("ORG"), loc = BilouLabels.TypeIndex("LOC"), per = BilouLabels.TypeIndex("PER");
        for (int i = 0; i < n; i++)
        {
            if (s.RunStart[i] != i) continue;
            int a = i, b = s.RunEnd[i];
            // A sentence-initial "The" or other mostly lower-case word is no part of the name; mid-sentence,
            // a capitalised common word is ("the Coordination Framework").
            if (a == 0 && s.CasePriorOf(a) == 1) a++;
            if (b - a < 1 || !ClosedAt(labels, a, b, n)) continue;
            if (b - a >= 2 && (OrgHeads.Contains(s.LowerWord(b - 1)) || HeadBeforeOf(s, a, b)) && !AllOf(labels, a, b, per) && !KnownPlace(s, a, b))
                BilouLabels.Relabel(labels, a, b, org);
            else if (b - a >= 2 && PlaceHeads.Contains(s.LowerWord(b - 1)) && !AllOf(labels, a, b, loc) && OnlyOf(labels, a, b, per) | AllOf(labels, a, b, org))
                BilouLabels.Relabel(labels, a, b, loc);
            else if (b < n && PlaceNouns.Contains(words.Word(b)) && (AllOf(labels, a, b, per) || AllOf(labels, a, b, -1)))
                BilouLabels.Relabel(labels, a, b, loc);
            i = s.RunEnd[i] - 1;
        }
    }

    /// <summary>
    /// The gazetteer knows [a, b) as a country, city or region and not as an organisation: "West Bank" ends in
    /// "Bank" but is a place ("World Bank" is listed as an organisation).
    /// </summary>
    /// <remarks>Called on runs of two words or more; gazetteer kinds 0-2 are country, city and region, 4 organisation (<see cref="NameKinds"/>).</remarks>
    private static bool KnownPlace(NerScratch s, int a, int b)
    {
        const int OrgStart = 1 << (4 * 4);
        return (s.Gazetteer[a] & OrgStart) == 0 && s.GazetteerNames(a, b, 0xFFF);
    }

    /// <summary>No entity crosses the run's edges, so relabelling it leaves well-formed labels around it.</summary>
    private static bool ClosedAt(ReadOnlySpan<int> labels, int a, int b, int n) =>
        (a == 0 || BilouLabels.Part(labels[a - 1]) is -1 or 2 or 3) && (b == n || BilouLabels.Part(labels[b]) is -1 or 0 or 3)
        && BilouLabels.Part(labels[a]) is -1 or 0 or 3 && BilouLabels.Part(labels[b - 1]) is -1 or 2 or 3;

    /// <summary>An organisation head followed by "of" inside the run: "Department of Housing and Urban Development", "Housing Authority of New Orleans".</summary>
    private static bool HeadBeforeOf(NerScratch s, int a, int b)
    {
        for (int h = a; h + 2 < b; h++)
            if (OrgHeads.Contains(s.LowerWord(h)) && s.LowerWord(h + 1) is "of") return true;
        return false;
    }

    /// <summary>Every word of [a, b) is outside any entity or of <paramref name="type"/>.</summary>
    private static bool OnlyOf(ReadOnlySpan<int> labels, int a, int b, int type)
    {
        for (int i = a; i < b; i++) if (labels[i] != BilouLabels.O && BilouLabels.Type(labels[i]) != type) return false;
        return true;
    }

    /// <summary>Every word of [a, b) is of <paramref name="type"/> (-1: outside any entity).</summary>
    private static bool AllOf(ReadOnlySpan<int> labels, int a, int b, int type)
    {
        for (int i = a; i < b; i++) if (BilouLabels.Type(labels[i]) != type) return false;
        return true;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
