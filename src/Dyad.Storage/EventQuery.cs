using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>Filters for <see cref="IEventStore.QueryEventsAsync"/>; every filter is optional and they combine with AND.</summary>
/// <remarks>
/// <see cref="Actor"/>, <see cref="Source"/> and <see cref="Target"/> match a CAMEO actor code by prefix ("IRQ" matches
/// IRQGOV) or an actor name exactly (case-insensitive); <see cref="Actor"/> matches either side. <see cref="Code"/> is a
/// CAMEO event code prefix ("021" matches 0211); <see cref="Root"/> is exact. <see cref="Country"/> with 3 letters
/// matches either actor's CAMEO country, with 2 letters the place's ISO alpha-2 country. <see cref="Mode"/> null means
/// any mode. <see cref="Q"/> is a word search (all words) over mention sentences, actor names and place names.
/// Dates are inclusive. <see cref="Limit"/> is the page size (1–1000), not a cap: follow <see cref="EventPage.Next"/>.
/// </remarks>
public sealed record EventQuery
{
    public const int MaxLimit = 1000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Actor { get; init; }
    public string? Source { get; init; }
    public string? Target { get; init; }
    public string? Code { get; init; }
    public string? Root { get; init; }
    public int? QuadClass { get; init; }
    public string? Country { get; init; }
    public EventMode? Mode { get; init; }
    public string? Q { get; init; }
    public int Limit { get; init; } = 100;

    /// <summary>The opaque <see cref="EventPage.Next"/> of the previous page, or null for the first page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>One page of events and the cursor to the next (null when this is the last page).</summary>
public sealed record EventPage(IReadOnlyList<CodedEvent> Items, string? Next)
{
    public static EventPage Empty { get; } = new([], null);
}
