using Dyad.Documents;

namespace Dyad.Geocoding;

/// <summary>What a gazetteer entry names: a populated place, an admin-2 or admin-1 area, a country, a wider region, or a named facility.</summary>
/// <remarks>Landmark comes last so files written before it existed still read; it is a point, not an area.</remarks>
public enum GazetteerKind : byte { City, Admin2, Admin1, Country, Region, Landmark }

/// <summary>One country's names, codes and point: the crosswalk GDELT and map exports need.</summary>
/// <remarks>
/// <see cref="Fips"/> is the FIPS 10-4 code GDELT's geo fields use (null when the country has none);
/// <see cref="Numeric"/> is ISO 3166 numeric as a three-digit string; the point is the gazetteer's country centroid.
/// </remarks>
public sealed record CountryInfo(
    string Iso2, string Iso3, string Numeric, string? Fips, string Name,
    double Lat, double Lon, string? Region, string? Subregion, string? Capital);

/// <summary>A cheap view of one gazetteer entry.</summary>
public readonly struct GazetteerEntry
{
    private readonly Gazetteer _g;

    internal GazetteerEntry(Gazetteer g, int index)
    {
        _g = g;
        Index = index;
    }

    public int Index { get; }
    public string Name => _g.NameOf(Index);
    public GazetteerKind Kind => _g.Kinds[Index];
    public double Lat => _g.Lats[Index];
    public double Lon => _g.Lons[Index];
    public long Population => _g.Populations[Index];
    public long? GeonamesId => _g.GeonameIds[Index] == 0 ? null : _g.GeonameIds[Index];
    public string FeatureCode => _g.FeatureCodes[_g.FeatureOf[Index]];

    /// <summary>Index into <see cref="Gazetteer.Countries"/>, or -1 for a region that spans countries.</summary>
    public int CountryIndex => _g.CountryOf[Index];
    public string? Country => CountryIndex < 0 ? null : _g.Countries[CountryIndex].Iso2;

    /// <summary>Entry index of the admin-1 area holding this entry, or -1.</summary>
    public int Admin1 => _g.Admin1Of[Index];
    public string? Admin1Name => Admin1 < 0 ? null : _g.NameOf(Admin1);
    public int Admin2 => _g.Admin2Of[Index];

    public PlacePrecision Precision => Kind switch
    {
        GazetteerKind.City => PlacePrecision.City,
        GazetteerKind.Admin2 or GazetteerKind.Admin1 => PlacePrecision.Admin1,
        GazetteerKind.Country => PlacePrecision.Country,
        GazetteerKind.Landmark => PlacePrecision.Landmark,
        _ => PlacePrecision.Region,
    };

    public override string ToString() => $"{Name} ({Kind}, {Country}, {Lat:0.##},{Lon:0.##}, pop {Population})";
}
