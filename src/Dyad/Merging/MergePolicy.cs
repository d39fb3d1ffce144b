using System.Globalization;
using Dyad.Documents;
using Dyad.Geocoding;

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

    /// <summary>True when two mentions' places allow one event; <paramref name="why"/> says on what grounds.</summary>
    /// <remarks>The one place rule: <see cref="EventMerger"/> and the store's cross-article merge both call it. A missing place
    /// agrees with any; a country-level (or wider) place agrees with any place in its country, since "in Iraq" does not
    /// contradict "in Basra"; finer places must lie within <see cref="MaxDistanceKm"/>.</remarks>
    public bool PlacesAgree(Place? a, Place? b, out string why)
    {
        if (a is null || b is null) { why = "place unknown in one mention"; return true; }
        if (a.Precision >= PlacePrecision.Country || b.Precision >= PlacePrecision.Country)
        {
            bool same = a.Country is null || b.Country is null || a.Country == b.Country;
            why = $"places in the same country ({a.Country ?? b.Country})";
            return same;
        }
        double km = GeoDistance.Km(a.Lat, a.Lon, b.Lat, b.Lon);
        why = string.Create(CultureInfo.InvariantCulture, $"places {km:0} km apart (≤ {MaxDistanceKm:0})");
        return km <= MaxDistanceKm;
    }

    /// <summary>The place a merged event keeps: the more precise of the two, the first on a tie.</summary>
    public static Place? MorePrecise(Place? a, Place? b) => a is null ? b : b is null ? a : b.Precision < a.Precision ? b : a;
}
