namespace Dyad.Storage;

/// <summary>A person or group the store has learned from articles: names it goes by, its CAMEO code and role over time.</summary>
/// <remarks>
/// <see cref="TaughtBy"/> is the article and sentence that first resolved it. <see cref="Roles"/> is the role history,
/// oldest first; the last entry with a null <see cref="ActorRole.Until"/> is the current role.
/// </remarks>
public sealed record RegistryActor(
    long Id,
    string Name,
    string? Code,
    string? Country,
    string? Agent,
    string? Role,
    IReadOnlyList<string> Aliases,
    ActorSource TaughtBy,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    long Mentions,
    IReadOnlyList<ActorRole> Roles);

/// <summary>The article and sentence (0-based) that taught the registry something.</summary>
public sealed record ActorSource(string ArticleId, int Sentence);

/// <summary>A role (title) and code an actor held from one date until another (null: still holds it).</summary>
public sealed record ActorRole(string? Role, string? Code, DateOnly Since, DateOnly? Until, ActorSource TaughtBy);

/// <summary>Filters for <see cref="IEventStore.QueryActorsAsync"/>: a name or alias substring, or a code prefix.</summary>
public sealed record ActorQuery
{
    public string? Name { get; init; }
    public string? Code { get; init; }
    public int Limit { get; init; } = 100;
}
