namespace Dyad.Entities;

/// <summary>
/// "Lawrence , KS", "Chillicothe , OH", "Saginaw , Michigan": a capitalised name, a comma and a US state (its
/// postal code or its name) are two places, the address form of web text and email signatures that the model
/// often leaves half tagged; written without the comma ("San Rafael Ca", "Miramar California") the model's
/// one span is split into the two places the annotation has.
/// </summary>
internal static class CityStatePlaces
{
    // Gazetteer bits are 4 per kind (0 country, 1 city, 2 region, 3 demonym; see NameGazetteer.Mark).
    private const int CountryOrRegionBits = 0xF | (0xF << (4 * 2));
    private const int PlaceKinds = 0xFFF;
    private const int DemonymBits = 0xF << (4 * 3);
    private const int MaxCity = 3;

    // The USPS codes of the states and DC (GeoNames admin-1 codes US.xx).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply<TWords>(TWords words, NerScratch s, Span<int> labels) where TWords : IWordSource
    {
        int n = words.Count;
        int loc = BilouLabels.TypeIndex("LOC");
        for (int c = 1; c + 1 < n; c++)
        {
            if (words.Word(c) is not ",") continue;
            int state = c + 1, stateEnd = StateEnd(words, s, labels, state, loc);
            if (stateEnd < 0) continue;
            // The city: the capitalised words before the comma, untagged or already a place.
            int city = c;
            while (city > 0 && c - city < MaxCity && NameWords.IsCapitalised(words.Word(city - 1))
                && BilouLabels.Type(labels[city - 1]) is -1 or 2 /* LOC */) city--;
            if (city == c || (city > 0 && BilouLabels.Part(labels[city - 1]) is 0 or 1)) continue;
            if (city == 0 && c - city == 1 && s.CasePriorOf(0) == 1) continue;
            if (BilouLabels.Type(labels[c - 1]) == -1) BilouLabels.Relabel(labels, city, c, loc);
            if (BilouLabels.Type(labels[state]) == -1) BilouLabels.Relabel(labels, state, stateEnd, loc);
        }
        for (int a = 0; a < n; a++)
        {
            if (BilouLabels.Type(labels[a]) != loc || BilouLabels.Part(labels[a]) != 0) continue;
            int b = a + 1;
            while (b < n && BilouLabels.Part(labels[b]) is 1 or 2) b++;
            int split = SplitAt(words, s, a, b);
            if (split > a)
            {
                BilouLabels.Relabel(labels, a, split, loc);
                BilouLabels.Relabel(labels, split, b, loc);
            }
            a = b - 1;
        }
    }

    /// <summary>
    /// Where a place span written without its comma splits into a place and its state or country ("San Rafael Ca",
    /// "Miramar California", "brittany france"), or <paramref name="a"/> when it is one name ("West Virginia").
    /// </summary>
    private static int SplitAt<TWords>(TWords words, NerScratch s, int a, int b) where TWords : IWordSource
    {
        // "South Vietnam", "North American" are one name: a compass word starts no place of its own here.
        if (s.GazetteerNames(a, b, PlaceKinds) || Compass.Contains(s.LowerWord(a))) return a;
        // "Tampa Bay", "Salt Lake City": a geographic head word ends one name, even where some region bears it alone.
        if (Heads.Contains(s.LowerWord(b - 1))) return a;
        for (int k = b - 1; k > a; k--)
        {
            bool state = (b - k == 1 && words.Word(k).Length == 2 && char.IsUpper(words.Word(k)[0]) && IsStateCode(words.Word(k)))
                || (s.GazetteerNames(k, b, CountryOrRegionBits) && (s.Gazetteer[k] & DemonymBits) == 0 && (b - k > 1 || s.CasePriorOf(k) is 0 or 3));
            if (state && s.GazetteerNames(a, k, PlaceKinds)) return k;
        }
        return a;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = new HashSet<string>(StringComparer.Ordinal)
    {
        "bay", "city", "county", "island", "islands", "lake", "beach", "valley", "river", "park", "hills", "coast", "gulf",
        "sea", "mountains", "heights", "falls", "springs", "point", "harbor", "harbour", "creek", "village", "town",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Compass = new HashSet<string>(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "greater",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsStateCode(ReadOnlySpan<char> w)
    {
        Span<char> upper = stackalloc char[2];
        w.ToUpperInvariant(upper);
        return StateCodes.Contains(upper);
    }

    /// <summary>End of a US state at <paramref name="i"/> (a postal code, or a capitalised country or region name the model tagged LOC), or -1.</summary>
    private static int StateEnd<TWords>(TWords words, NerScratch s, ReadOnlySpan<int> labels, int i, int loc) where TWords : IWordSource
    {
        if (StateCodes.Contains(words.Word(i)) && labels[i] == BilouLabels.O) return i + 1;
        if (BilouLabels.Type(labels[i]) == loc && BilouLabels.Part(labels[i]) is 0 or 3)
        {
            int end = i + 1;
            while (end < words.Count && BilouLabels.Part(labels[end]) is 1 or 2) end++;
            bool named = NameWords.IsCapitalised(words.Word(i)) && (s.Gazetteer[i] & CountryOrRegionBits) != 0;
            return StateCodes.Contains(words.Word(i)) || named ? end : -1;
        }
        return -1;
    }
}
