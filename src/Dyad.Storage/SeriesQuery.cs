using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>The width of one period of a time series.</summary>
public enum SeriesInterval : byte { Day, Week, Month }

/// <summary>Whether series counts are raw or divided by all events of the period.</summary>
public enum SeriesNormalize : byte { None, Total }

/// <summary>Filters and grouping for <see cref="IEventStore.SeriesAsync"/>.</summary>
/// <remarks>
/// Source/Target/Actor/Country/Root/Code/Q match as in <see cref="EventQuery"/>. Weeks are ISO weeks starting on Monday; a period is
/// named by its first day. <see cref="Mode"/> defaults to asserted (CONTRACT: counts default to asserted) and applies
/// to the denominator too; null counts every mode.
/// </remarks>
public sealed record SeriesQuery
{
    public string? Source { get; init; }
    public string? Target { get; init; }
    public string? Actor { get; init; }
    public string? Country { get; init; }
    public string? Root { get; init; }
    public string? Code { get; init; }
    public string? Q { get; init; }
    public int? QuadClass { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public EventMode? Mode { get; init; } = EventMode.Asserted;
    public SeriesInterval By { get; init; } = SeriesInterval.Day;
    public SeriesNormalize Normalize { get; init; } = SeriesNormalize.None;
}

/// <summary>One period of a series: matching events, their Goldstein sum and mean, per-QuadClass counts, and the denominator.</summary>
/// <remarks>
/// <see cref="Total"/> is every event in the period (same mode and date range, no other filter). <see cref="Share"/> is
/// Count / Total when the query asked for <see cref="SeriesNormalize.Total"/>, else null. <see cref="Quad"/> holds the
/// counts of QuadClass 1–4 at indexes 0–3.
/// </remarks>
public sealed record SeriesPoint(
    DateOnly Period, long Count, double GoldsteinSum, double? GoldsteinMean, IReadOnlyList<long> Quad, long Total, double? Share);
