using Dyad.Entities;

namespace Dyad.Actors;

/// <summary>
/// Words that end organisation and facility names rather than people's: "Air Force ROTC", "Wright-Patterson Air Force Base",
/// "the Naval Academy". The recogniser sometimes tags the last word alone as a person, which must not take the title before it.
/// </summary>
internal static class NameHeads
{
    /// <summary>Heads of facility and school names (organisation heads come from <see cref="HeadNounRules.IsOrgHead"/>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Facilities = new HashSet<string>(
        ["academy", "school", "college", "seminary", "base", "airbase", "airport", "station", "hospital", "centre", "center",
         "museum", "prison", "barracks", "camp", "laboratory", "observatory", "stadium"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a one-word "person" is an organisation or facility head, or an acronym ("ROTC"): people's names are neither.</summary>
    public static bool Is(ReadOnlySpan<char> word) => IsAcronym(word) || HeadNounRules.IsOrgHead(word) || Facilities.Contains(word);

    /// <summary>Two or more capital letters and nothing else ("ROTC", "NASA"); a surname is never written so in mixed-case text.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }
}
