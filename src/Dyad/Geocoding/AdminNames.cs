namespace Dyad.Geocoding;

/// <summary>Shorter forms by which news text names admin areas: "Al Anbar" is "Anbar", "Maidan Wardak Province" is "Maidan Wardak".</summary>
internal static class AdminNames
{
    private static readonly string[] Suffixes =
        [" Province", " Governorate", " Region", " Oblast", " Prefecture", " State", " Department", " Municipality", " District", " Krai", " Republic"];
    private static readonly string[] Prefixes = ["Al ", "Al-", "As ", "Ash ", "Ad ", "An ", "Ar ", "At ", "Az ", "Ad-", "An-", "Ar-", "As-", "Ash-", "El "];
    private static readonly string[] Leading = ["Province of ", "State of ", "Region of ", "Departamento de ", "Provincia de ", "Estado de "];

    public static IEnumerable<string> Variants(string name)
    {
        foreach (var s in Suffixes)
            if (name.EndsWith(s, StringComparison.OrdinalIgnoreCase) && name.Length > s.Length + 2)
            {
                name = name[..^s.Length];
                yield return name;
                break;
            }
        foreach (var p in Leading)
            if (name.StartsWith(p, StringComparison.OrdinalIgnoreCase) && name.Length > p.Length + 2)
            {
                name = name[p.Length..];
                yield return name;
                break;
            }
        foreach (var p in Prefixes)
            if (name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length + 2)
            {
                yield return name[p.Length..];
                break;
            }
    }
}
