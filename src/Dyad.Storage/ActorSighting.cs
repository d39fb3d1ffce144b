using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>What one resolved entity mention tells the actor registry: a name, an alias, a code and maybe a role (title).</summary>
internal sealed record ActorSighting(string Name, string Alias, string? Code, string? Country, string? Agent, string? Role)
{
    /// <summary>The sighting of a resolved PER, ORG or NORP mention, or null when it teaches nothing (unresolved, or a place).</summary>
    /// <remarks>
    /// The role is the title the mention wraps around the resolved name: "US Secretary of State Antony Blinken" gives
    /// "US Secretary of State", "Ghazi Faisal, a former diplomat" gives "a former diplomat".
    /// </remarks>
    public static ActorSighting? From(Mention m)
    {
        if (m.Actor is not { } actor || m.Label is "LOC" or "GPE") return null;
        var name = (actor.Name ?? (actor.Code is null ? null : m.Text))?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        var text = m.Text.Trim();
        string? role = null;
        if (text.Length > name.Length + 1)
        {
            if (text.EndsWith(name, StringComparison.OrdinalIgnoreCase)) role = text[..^name.Length];
            else if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase)) role = text[name.Length..];
        }
        role = role?.Trim(' ', ',', '-', '(', ')');
        return new ActorSighting(name, text, actor.Code, actor.Country, actor.Agent, string.IsNullOrEmpty(role) ? null : role);
    }
}
