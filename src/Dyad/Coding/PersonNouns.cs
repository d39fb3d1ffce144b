namespace Dyad.Coding;

/// <summary>Nouns for people a verb's default code may act on without their being an actor: "released five suspects".</summary>
/// <remarks>A default code normally needs a target actor; a person noun with no actor code still names a patient, so
/// the event is stated in full ("security forces released five suspects", "evacuated 80 people").</remarks>
internal static class PersonNouns
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "suspect", "prisoner", "detainee", "hostage", "captive", "civilian", "protester", "protestor", "demonstrator",
        "activist", "journalist", "reporter", "migrant", "refugee", "worker", "student", "people", "person", "man",
        "woman", "child", "villager", "resident", "inmate", "convict", "fighter", "militant", "soldier", "troop",
    };
}
