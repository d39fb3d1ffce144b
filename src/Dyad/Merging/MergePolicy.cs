namespace Dyad.Merging;

/// <summary>When two event mentions are the same event: how far apart their dates and places may be, and how exactly codes must agree.</summary>
public sealed record MergePolicy
{
    /// <summary>Dates may differ by this many days (reports of one event often date it a day apart).</summary>
    public int DateWindowDays { get; init; } = 1;

    /// <summary>Places may be this far apart; a mention with no place, or only a country, agrees with any place in that country.</summary>
    public double MaxDistanceKm { get; init; } = 50;

    /// <summary>Compare CAMEO roots ("04") rather than full codes ("042").</summary>
    public bool MatchRoot { get; init; } = true;

    /// <summary>Let a mention that names no target merge into one that does when all else agrees and only one such event exists.</summary>
    public bool FillMissingTarget { get; init; } = true;

    public static MergePolicy Default { get; } = new();
}
