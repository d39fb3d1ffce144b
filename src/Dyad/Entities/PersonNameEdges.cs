namespace Dyad.Entities;

/// <summary>
/// Mends the edges of person names the model gets nearly right: a courtesy title ("Dr", "Mrs.") is followed by a
/// person and is no part of the name, an initial before the name belongs to it
/// ("A. Noel Anketell Kramer"), a lower-case word or a pronoun at its edge does not ("Dr Joseph retired",
/// "Thank You Barry"), and a directory-style "Surname , Firstname" between quotes or brackets is one name
/// (" Lenhart , Matthew ").
/// </summary>
internal static class PersonNameEdges
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "You", "We", "He", "She", "It", "They", "Me", "Him", "Us", "Them", "My", "Your", "Our", "His", "Its", "Their",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Courtesy =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof." }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply<TWords>(TWords words, Span<int> labels) where TWords : IWordSource
    {
        int n = words.Count;
        int per = BilouLabels.TypeIndex("PER");
        for (int i = 0; i + 1 < n; i++)
            if (Courtesy.Contains(words.Word(i)) && NameWords.IsCapitalised(words.Word(i + 1))) AfterCourtesyTitle(words, labels, i, per);
        for (int a = 0; a < n; a++)
        {
            if (BilouLabels.Type(labels[a]) != per || BilouLabels.Part(labels[a]) is not (0 or 3)) continue;
            int b = a + 1;
            while (b < n && BilouLabels.Part(labels[b]) is 1 or 2) b++;
            int first = a, end = b;
            if (HasCapital(words, first, end))
            {
                // Trim first: a lower-case or pronoun edge is no part of a capitalised name.
                while (end - first > 1 && IsLowerWord(words.Word(end - 1))) end--;
                while (end - first > 1 && (Pronouns.Contains(words.Word(first)) || (IsLowerWord(words.Word(first)) && !NameWords.Particles.Contains(words.Word(first))))) first++;
                while (first > 0 && labels[first - 1] == BilouLabels.O && IsInitial(words.Word(first - 1))) first--;
            }
            first = Inverted(words, labels, first, end, per);
            if (first != a || end != b)
            {
                for (int i = a; i < b; i++) labels[i] = BilouLabels.O;
                BilouLabels.Relabel(labels, first, end, per);
            }
            a = Math.Max(b, end) - 1;
        }
    }

    /// <summary>
    /// "Dr Mcdonald", "Mrs. Smith": the capitalised words after a courtesy title are a person, the title is not
    /// (110 of 112 such titles in UNER EWT train), unless the model found a longer name running past them.
    /// </summary>
    private static void AfterCourtesyTitle<TWords>(TWords words, Span<int> labels, int title, int per) where TWords : IWordSource
    {
        int n = words.Count, first = title + 1, end = first;
        while (end < n && end - first < 3 && NameWords.IsCapitalised(words.Word(end))) end++;
        // The title inside a name the model found around it (its I or L word) stays that name's.
        if (BilouLabels.Part(labels[title]) is 1 or 2) return;
        int stop = end;
        while (stop < n && BilouLabels.Part(labels[stop]) is 1 or 2) stop++;
        if (stop > end) return;
        for (int i = title; i < end; i++) labels[i] = BilouLabels.O;
        BilouLabels.Relabel(labels, first, end, per);
    }

    /// <summary>
    /// Start of a "Surname , Firstname" name whose first name is [<paramref name="first"/>, <paramref name="end"/>):
    /// a capitalised word and a comma before it, the whole between quotes, brackets or the sentence's edges.
    /// </summary>
    private static int Inverted<TWords>(TWords words, Span<int> labels, int first, int end, int per) where TWords : IWordSource
    {
        int surname = first - 2;
        if (surname < 0 || words.Word(first - 1) is not "," || !NameWords.IsCapitalised(words.Word(surname))) return first;
        if (BilouLabels.Part(labels[surname]) is not (-1 or 3) || BilouLabels.Type(labels[surname]) == BilouLabels.TypeIndex("LOC")) return first;
        bool openLeft = surname == 0 || words.Word(surname - 1) is "\"" or "[" or "(" or "<" or ":";
        bool openRight = end == words.Count || words.Word(end) is "\"" or "]" or ")" or "<";
        return openLeft && openRight ? surname : first;
    }

    private static bool HasCapital<TWords>(TWords words, int a, int b) where TWords : IWordSource
    {
        for (int i = a; i < b; i++) if (NameWords.IsCapitalised(words.Word(i))) return true;
        return false;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> w) => w.Length > 0 && char.IsLower(w[0]);

    /// <summary>"A." or a lone capital other than the words "A" and "I".</summary>
    private static bool IsInitial(ReadOnlySpan<char> w) =>
        (w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.') || (w.Length == 1 && char.IsUpper(w[0]) && w[0] is not ('A' or 'I'));
}
