namespace Dyad.Documents;

/// <summary>How exact a place is, from a named landmark down to a whole region.</summary>
public enum PlacePrecision : byte { Landmark, City, Admin1, Country, Region }

/// <summary>A toponym in the text resolved to a GeoNames entry.</summary>
/// <remarks><see cref="Country"/> is ISO 3166 alpha-2; offsets are into <see cref="Doc.Text"/>, -1 when the place is inferred.</remarks>
public sealed record Place(
    string Text, int Start, int End, string Name, string? Country, string? Admin1,
    double Lat, double Lon, long? GeonamesId, PlacePrecision Precision);
