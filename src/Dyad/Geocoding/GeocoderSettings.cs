namespace Dyad.Geocoding;

/// <summary>The geocoder's scoring weights, tuned on the even-numbered (dev) half of GeoVirus only.</summary>
/// <remarks>Scores add to log10(population + 10); a bonus of 1 is worth a tenfold population.</remarks>
public sealed record GeocoderSettings
{
    public double CountryBonus { get; init; } = 3;
    public double RegionBonus { get; init; } = 8;
    public double Admin1Bonus { get; init; } = 1;
    public double Admin2Bonus { get; init; } = -0.5;
    /// <summary>Landmarks have no population; the few listed are named on purpose, so one beats a village of the same name.</summary>
    public double LandmarkBonus { get; init; } = 3;
    public double CapitalBonus { get; init; } = 2;
    public double SeatBonus { get; init; } = 0.5;
    public double AlternateNamePenalty { get; init; } = 0.5;
    public double AreaCueBonus { get; init; } = 3;
    public double CommaContextBonus { get; init; } = 6;
    public double NamesakeSeatBonus { get; init; } = 2;
    public double CountryContext { get; init; } = 3;
    public double AdminContext { get; init; } = 2;
    public double Admin2Context { get; init; } = 2;
    public double ActorVote { get; init; } = 1;

    public static GeocoderSettings Default { get; } = new();
}
