namespace Dyad.Entities;

/// <summary>
/// Repairs the model's spans around news-style titles, which the web-text training data rarely shows:
/// after a title ("Iraqi Prime Minister", "US Secretary of State") the capitalised words are a person's
/// name, the title itself is no entity, and Arabic name particles continue a name ("al-Sudani").
/// </summary>
internal static class NameRepair
{
    private const int TitleBits = unchecked((int)0xF0000000);
    private const int CountryOrDemonymBits = 0xF | (0xF << 12);
    private const int MaxName = 6;
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "former", "top", "deputy", "acting", "senior", "then" }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply<TWords>(TWords words, NerScratch s, Span<int> labels) where TWords : IWordSource
    {
        int n = words.Count;
        int per = BilouLabels.TypeIndex("PER");
        for (int a = 0; a < n; a++)
        {
            if (!IsTitleish(words, s, a)) continue;
            int t = a;
            bool title = false;
            while (t < n && IsTitleish(words, s, t))
            {
                bool isTitle = (s.Gazetteer[t] & TitleBits) != 0;
                // A place word after the title starts the name unless another title follows it: "President
                // Vladimir Putin" (Vladimir is a Russian city), but "Iraqi Prime Minister", "US Secretary of State".
                if (title && !isTitle && !TitleAhead(words, s, t)) break;
                title |= isTitle;
                t++;
            }
            if (!title) { a = t - 1; continue; }
            int end = NameEnd(words, s, t);
            if (end > t)
            {
                for (int i = a; i < t; i++) labels[i] = BilouLabels.O;
                BilouLabels.Relabel(labels, t, end, per);
                Detach(labels, end, n);
                a = end - 1;
            }
            else a = t - 1;
        }
        // "- Sudani" tagged alone: the particle and the capitalised words before it belong to the name.
        for (int b = 1; b < n; b++)
        {
            if (BilouLabels.Part(labels[b]) is not (0 or 3) || BilouLabels.Type(labels[b]) != per) continue;
            int start = b;
            if (words.Word(start) is "-") start++;
            int left = start;
            if (left >= 2 && words.Word(left - 1) is "-" && NameWords.Particles.Contains(words.Word(left - 2))) left -= 2;
            else if (left >= 1 && NameWords.Particles.Contains(words.Word(left - 1))) left -= 1;
            else continue;
            while (left > 0 && start - left < MaxName && labels[left - 1] == BilouLabels.O && IsNameWord(words, s, left - 1)) left--;
            int end = b + 1;
            while (end < n && BilouLabels.Part(labels[end]) is 1 or 2) end++;
            BilouLabels.Relabel(labels, left, end, per);
        }
    }

    private static bool IsTitleish<TWords>(TWords words, NerScratch s, int i) where TWords : IWordSource =>
        (s.Gazetteer[i] & (TitleBits | CountryOrDemonymBits)) != 0 || Modifiers.Contains(words.Word(i));

    /// <summary>Whether a title word follows <paramref name="t"/> within the same stretch of title-like words.</summary>
    private static bool TitleAhead<TWords>(TWords words, NerScratch s, int t) where TWords : IWordSource
    {
        for (int j = t + 1; j < words.Count && IsTitleish(words, s, j); j++)
            if ((s.Gazetteer[j] & TitleBits) != 0) return true;
        return false;
    }

    /// <summary>End of a capitalised name starting at <paramref name="t"/> (particles and hyphens inside), or t when none.</summary>
    private static int NameEnd<TWords>(TWords words, NerScratch s, int t) where TWords : IWordSource
    {
        int end = t;
        while (end < words.Count && end - t < MaxName)
        {
            var w = words.Word(end);
            if (IsNameWord(words, s, end)) { end++; continue; }
            bool particle = NameWords.Particles.Contains(w) && end > t;
            // A hyphen joins name parts only after a particle ("al - Sudani"): "Brandon Luna - Analyst" is a name and a job.
            bool hyphen = w is "-" && end > t && end + 1 < words.Count && NameWords.Particles.Contains(words.Word(end - 1));
            if ((particle || hyphen) && end + 1 < words.Count && (IsNameWord(words, s, end + 1) || words.Word(end + 1) is "-")) { end++; continue; }
            break;
        }
        return end;
    }

    private static bool IsNameWord<TWords>(TWords words, NerScratch s, int i) where TWords : IWordSource
    {
        var w = words.Word(i);
        return w.Length > 1 && char.IsUpper(w[0]) && (s.Gazetteer[i] & TitleBits) == 0 && s.CasePriorOf(i) != 1;
    }

    /// <summary>An entity that continued into the repaired name must start afresh after it.</summary>
    private static void Detach(Span<int> labels, int end, int n)
    {
        if (end >= n || BilouLabels.Part(labels[end]) is not (1 or 2)) return;
        int type = BilouLabels.Type(labels[end]);
        int stop = end;
        while (stop < n && BilouLabels.Type(labels[stop]) == type && BilouLabels.Part(labels[stop]) is 1 or 2) stop++;
        BilouLabels.Relabel(labels, end, stop, type);
    }
}
