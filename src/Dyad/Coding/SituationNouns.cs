namespace Dyad.Coding;

/// <summary>Nouns for a state of affairs that happens to actors rather than being done by one: "if a war breaks out".</summary>
/// <remarks>As a verb's subject such a noun is no doer: "a conflict breaks out" starts a conflict, it does not DESTROY (190)
/// whatever the parser took as the verb's object or PETRARCH's fallback target. An attack noun ("a roadside bombing killed
/// a soldier") is not here: it stands for its unnamed attackers, and the event is real.</remarks>
internal static class SituationNouns
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "conflict", "fighting", "violence", "crisis", "clash", "hostility", "unrest", "tension", "escalation",
        "chaos", "turmoil", "instability", "confrontation", "standoff", "stalemate", "situation", "fallout",
    };
}
