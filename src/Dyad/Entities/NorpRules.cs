using Dyad.Documents;

namespace Dyad.Entities;

/// <summary>
/// Tags NORP (nationalities and alignments) by rule, since the training data has no such label: a demonym
/// ("Iraqi", "Iranians") or a country joined to "-aligned", "-led", "-backed" ("Iran-aligned", "US-led"),
/// wherever the model left the tokens outside any entity. Mentions are appended; the caller sorts them once per document.
/// </summary>
internal static class NorpRules
{
    private static readonly string[] Affixes = ["aligned", "led", "backed", "allied", "linked", "affiliated", "sponsored"];

    public static void Apply(Doc doc, Sentence sentence, NerScratch scratch, NameGazetteer gazetteer)
    {
        const int demonymB = 4 * 3, countryB = 0;
        int n = sentence.TokenCount, first = sentence.FirstToken;
        for (int i = 0; i < n; i++)
        {
            if (doc[first + i].Entity is not null) continue;
            var w = doc[first + i].Span;
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            int bits = scratch.Gazetteer[i];
            int end = -1;
            if ((bits & (1 << (demonymB + 3))) != 0 || IsPluralDemonym(scratch.LowerWord(i), gazetteer)) end = i + 1;
            else if ((bits & (1 << (demonymB + 0))) != 0) end = EndOf(scratch, i, n, demonymB);
            int country = (bits & (1 << (countryB + 3))) != 0 ? i + 1 : (bits & (1 << countryB)) != 0 ? EndOf(scratch, i, n, countryB) : -1;
            // "Iran-aligned" as one token, or "Iran" "-" "aligned".
            if (end < 0 && HasAffix(w)) end = i + 1;
            else if (end < 0 && country > 0 && country + 1 < n && doc[first + country].Span is "-" && IsAffix(doc[first + country + 1].Span)) end = country + 2;
            else if (end > 0 && end + 1 < n && doc[first + end].Span is "-" && IsAffix(doc[first + end + 1].Span)) end += 2;
            if (end < 0 || end > n || AnyTagged(doc, first + i, first + end)) continue;
            for (int t = i; t < end; t++) doc.SetEntityTag(first + t, t == i ? "B-NORP" : "I-NORP");
            doc.Entities.Add(EntityRecognizer.MentionOf(doc, first + i, end - i, "NORP"));
            i = end - 1;
        }
    }

    /// <summary>"Iraqis", "Iranians": the lists hold only the singular.</summary>
    private static bool IsPluralDemonym(ReadOnlySpan<char> lower, NameGazetteer gazetteer) =>
        lower.Length > 3 && lower[^1] == 's' && (gazetteer.KindsOf(lower[..^1]) & NameKinds.Demonym) != 0;

    private static int EndOf(NerScratch s, int i, int n, int kindBase)
    {
        for (int t = i + 1; t < n; t++)
            if ((s.Gazetteer[t] & (1 << (kindBase + 2))) != 0) return t + 1;
        return -1;
    }

    private static bool HasAffix(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        return dash > 0 && IsAffix(w[(dash + 1)..]);
    }

    private static bool IsAffix(ReadOnlySpan<char> w)
    {
        foreach (var a in Affixes) if (w.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool AnyTagged(Doc doc, int from, int to)
    {
        for (int t = from; t < to; t++) if (doc[t].Entity is not null) return true;
        return false;
    }
}
