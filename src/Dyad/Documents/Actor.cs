namespace Dyad.Documents;

/// <summary>A CAMEO actor: the full code (IRQGOV), its country part (IRQ) and agent part (GOV), and a display name.</summary>
public sealed record Actor(string? Code, string? Country, string? Agent, string? Name)
{
    /// <summary>The title or role noun that gave the code ("Prime Minister", "security forces"), when one did.</summary>
    public string? Role { get; init; }
}

/// <summary>One side of a coded event: the text that named it and the actor it resolved to.</summary>
public sealed record EventActor(string Text, int Start, int End, string? Name, string? Code, string? Country, string? Agent)
{
    public static EventActor FromMention(Mention m) =>
        new(m.Text, m.Start, m.End, m.Actor?.Name ?? m.Text, m.Actor?.Code, m.Actor?.Country, m.Actor?.Agent);
}
