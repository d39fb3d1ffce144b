using System.Collections.Frozen;

namespace Dyad.Tokenization;

/// <summary>The small word lists behind the tokenizer's decisions, looked up by span without allocating.</summary>
/// <remarks>The lists follow UD English-EWT's tokenization, read off its train split.</remarks>
internal static class TokenLexicon
{
    // Case matters: "Sun." and "Mar." are abbreviations, "sun." and "mar." usually end a sentence.
    private static readonly FrozenSet<string> AbbreviationSet = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Rev", "Hon", "Pres", "Gov", "Sen",
        "Rep", "Reps", "Sens", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Cmdr", "Adm", "Brig",
        "Supt", "Insp", "Atty", "Amb", "Ald",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Assn", "Assoc", "Dept", "Univ", "Inst", "Intl",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq", "Ln", "Ct", "Pkwy", "Ste", "Apt", "Bldg",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La",
        "Md", "Mich", "Minn", "Mont", "Neb", "Nev", "Okla", "Pa", "Tenn", "Tex",
        "Va", "Vt", "Wis", "Wyo",
        "etc", "vs", "Vs", "v", "cf", "al", "approx", "Approx", "Fig", "fig", "vol", "Vol", "pp",
        "Attn", "attn", "Arrv", "arrv", "Ext", "ext", "Tel", "tel", "hrs",
        "Nos", "nos", "Eds", "eds", "Av");

    // Prefixes EWT keeps joined to the rest of a hyphenated word ("e-mail", "non-stop"); other hyphens split.
    private static readonly FrozenSet<string> JoiningPrefixSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "counter", "socio", "intra", "un", "inter", "trans", "ultra", "bi", "tri", "x");

    // Unit and clock suffixes EWT splits off a number ("5pm" → 5 pm, "65k" → 65 k); ordinals and decades stay whole.
    private static readonly FrozenSet<string> NumberSuffixSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "am", "pm", "a.m", "p.m", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "oz", "ft", "mph", "kph",
        "gb", "mb", "kb", "tb", "ghz", "mhz", "hrs", "hr", "h", "min", "mins", "sec", "secs", "yrs", "yr", "bn", "mn");

    // Contractions written without an apostrophe, split where EWT splits them ("dont" → do nt).
    private static readonly FrozenDictionary<string, int> FusedSplitMap = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["wont"] = 2, ["cant"] = 2,
        ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2, ["wasnt"] = 3, ["werent"] = 4, ["arnt"] = 2, ["arent"] = 3,
        ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["aint"] = 2, ["havent"] = 4, ["hasnt"] = 3,
        ["hadnt"] = 3, ["im"] = 1, ["youre"] = 3, ["theyre"] = 4, ["ive"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = AbbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningPrefixes = JoiningPrefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberSuffixes = NumberSuffixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FusedSplits = FusedSplitMap.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word that takes a following period as part of itself ("Dr", "Feb", "etc").</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Abbreviations.Contains(word);

    public static bool IsJoiningPrefix(ReadOnlySpan<char> word) => JoiningPrefixes.Contains(word);

    public static bool IsNumberSuffix(ReadOnlySpan<char> word) => NumberSuffixes.Contains(word);

    /// <summary>Where a fused contraction splits ("cannot" → 3), or 0 when the word is not one.</summary>
    public static int FusedSplit(ReadOnlySpan<char> word) => FusedSplits.TryGetValue(word, out var at) ? at : 0;
}
