namespace Dyad.Entities;

/// <summary>
/// Country, state and city names written in lower case ("from mexico", "certified in delaware", "going to
/// baguio"): web text drops the capitals the model leans on, but a word that is a whole country, first-level
/// region or city name and is never written in lower case in the training text is still a place.
/// </summary>
internal static class LowerCasePlaces
{
    // Gazetteer bits are 4 * kind + part; part 3 is a one-word name (see NameGazetteer.Mark).
    private const int CountryWord = 1 << (4 * 0 + 3);
    private const int CityWord = 1 << (4 * 1 + 3);
    private const int RegionWord = 1 << (4 * 2 + 3);
    private const int DemonymWord = 1 << (4 * 3 + 3);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBeforePlace = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "from", "to", "at", "near", "of", "around", "between", "across", "into", "through", "via", "outside",
        "within", "toward", "towards", "visit", "visiting", "and", "or",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply<TWords>(TWords words, NerScratch s, Span<int> labels) where TWords : IWordSource
    {
        int loc = BilouLabels.TypeIndex("LOC");
        for (int i = 0; i < words.Count; i++)
        {
            if (labels[i] != BilouLabels.O || (s.Gazetteer[i] & (CountryWord | CityWord | RegionWord)) == 0 || (s.Gazetteer[i] & DemonymWord) != 0) continue;
            var w = words.Word(i);
            if (w.Length < 4 || !IsLowerLetters(w) || s.CasePriorOf(i) is 1 or 2) continue;
            // Only a city, not a country or state: the word must be unseen in training ("baguio", "kollam"), since
            // many city names are also surnames or words the training text capitalises ("allen", "union").
            if ((s.Gazetteer[i] & (CountryWord | RegionWord)) == 0 && s.CasePriorOf(i) != 0) continue;
            // At the start or after a preposition, "visit(ing)" or a conjunction: "from mexico", "in kerala"; not a common noun or adjective that
            // shares a place's name ("a chihuahua", "newlywed bride", "the natal chart", "50 km west").
            if (i > 0 && !WordsBeforePlace.Contains(s.LowerWord(i - 1))) continue;
            labels[i] = BilouLabels.Make(loc, 3);
        }
    }

    private static bool IsLowerLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (!char.IsLower(c)) return false;
        return true;
    }
}
