namespace Dyad.Documents;

/// <summary>An entity mention: a labelled token run (PER, ORG, LOC, NORP) and the actor it resolved to.</summary>
/// <remarks><see cref="Actor"/> is null until resolution, and stays null when nothing could be resolved.</remarks>
public sealed record Mention(int FirstToken, int TokenCount, int Start, int End, string Label, string Text)
{
    public Actor? Actor { get; init; }

    /// <summary>Which evidence resolved the actor ("dictionary", "title", "demonym", "coreference", …).</summary>
    public string? Evidence { get; init; }

    /// <summary>True when the mention's tokens include <paramref name="token"/>.</summary>
    public bool Covers(int token) => token >= FirstToken && token < FirstToken + TokenCount;
}
