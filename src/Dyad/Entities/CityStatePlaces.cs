namespace Dyad.Entities;

/// <summary>
/// "Lawrence , KS", "Chillicothe , OH", "Saginaw , Michigan": a capitalised name, a comma and a US state (its
/// postal code or its name) are two places, the address form of web text and email signatures that the model
/// often leaves half tagged.
/// </summary>
internal static class CityStatePlaces
{
    private const int CountryOrRegionBits = 0xF | (0xF << (4 * 2));
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
            while (city > 0 && c - city < MaxCity && IsCapitalised(words.Word(city - 1))
                && BilouLabels.Type(labels[city - 1]) is -1 or 2) city--;
            if (city == c || (city > 0 && BilouLabels.Part(labels[city - 1]) is 0 or 1)) continue;
            if (city == 0 && c - city == 1 && s.CasePriorOf(0) == 1) continue;
            if (BilouLabels.Type(labels[c - 1]) == -1) Relabel(labels, city, c, loc);
            if (BilouLabels.Type(labels[state]) == -1) Relabel(labels, state, stateEnd, loc);
        }
    }

    /// <summary>End of a US state at <paramref name="i"/> (a postal code, or or a capitalised country or region name the model tagged LOC), or -1.</summary>
    private static int StateEnd<TWords>(TWords words, NerScratch s, ReadOnlySpan<int> labels, int i, int loc) where TWords : IWordSource
    {
        if (StateCodes.Contains(words.Word(i)) && labels[i] == BilouLabels.O) return i + 1;
        if (BilouLabels.Type(labels[i]) == loc && BilouLabels.Part(labels[i]) is 0 or 3)
        {
            int end = i + 1;
            while (end < words.Count && BilouLabels.Part(labels[end]) is 1 or 2) end++;
            bool named = IsCapitalised(words.Word(i)) && (s.Gazetteer[i] & CountryOrRegionBits) != 0;
            return StateCodes.Contains(words.Word(i)) || named ? end : -1;
        }
        return -1;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]);

    private static void Relabel(Span<int> labels, int first, int end, int type)
    {
        for (int i = first; i < end; i++)
            labels[i] = BilouLabels.Make(type, end - first == 1 ? 3 : i == first ? 0 : i == end - 1 ? 2 : 1);
    }
}
