namespace Dyad.Tagging;

/// <summary>Regular English inflection undone by Penn tag: the fallback for words the exception list does not hold.</summary>
internal static class LemmaRules
{
    public static string Apply(string form, string? xpos)
    {
        if (xpos == "NNP") return form;
        var w = form.ToLowerInvariant();
        return xpos switch
        {
            "NNS" or "NNPS" => Plural(xpos == "NNPS" ? form : w),
            "VBZ" => Plural(w),
            "VBD" or "VBN" => Strip(w, "ed"),
            "VBG" => Strip(w, "ing"),
            "JJR" or "RBR" => Comparative(w, "er"),
            "JJS" or "RBS" => Comparative(w, "est"),
            _ => w,
        };
    }

    private static string Plural(string w)
    {
        if (w.Length <= 3) return w.EndsWith("s", StringComparison.Ordinal) && w.Length == 3 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal) || w.EndsWith("oes", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return w;
        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Strip(string w, string suffix)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 2) return w;
        var stem = w[..^suffix.Length];
        if (suffix == "ed" && stem.EndsWith('i')) return stem[..^1] + "y";
        // Doubled final consonant: "stopped" → "stop", "running" → "run" (but not "ll", "ss": "called", "passed").
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !"aeiouyls".Contains(stem[^1])) return stem[..^1];
        // A silent e was dropped before the suffix: "liked" → "like", "making" → "make".
        if (NeedsE(stem)) return stem + "e";
        return stem;
    }

    private static bool NeedsE(string stem)
    {
        if (stem.Length < 2) return false;
        char last = stem[^1], before = stem[^2];
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("ur", StringComparison.Ordinal) || stem.EndsWith("iv", StringComparison.Ordinal) || stem.EndsWith("uc", StringComparison.Ordinal)
            || stem.EndsWith("ng", StringComparison.Ordinal) && stem.Length > 4 && stem[^3] == 'a')
            return true;
        // consonant-vowel-consonant with a single vowel (e.g. "hop", "us", "mak"): ends in c, v, z, or vowel + single consonant.
        return last is 'v' or 'z' || (IsVowel(before) && !IsVowel(last) && last is not ('w' or 'x' or 'y') && stem.Length >= 3 && !IsVowel(stem[^3]) && CountVowelGroups(stem) == 1);
    }

    private static int CountVowelGroups(string s)
    {
        int groups = 0;
        bool inVowel = false;
        foreach (var c in s)
        {
            bool v = IsVowel(c);
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Comparative(string w, string suffix)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 3) return w;
        var stem = w[..^suffix.Length];
        if (stem.EndsWith('i')) return stem[..^1] + "y";
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1])) return stem[..^1];
        return stem;
    }
}
