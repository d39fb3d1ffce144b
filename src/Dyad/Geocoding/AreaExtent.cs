namespace Dyad.Geocoding;

/// <summary>Accumulates the bounding box and population of each admin area's member places while cities are read.</summary>
/// <remarks>
/// GeoNames cities500 has no area centroids, so an admin area's point is the middle of its places' bounding box,
/// which lands near the point an atlas prints for the area far more often than the population-weighted mean does.
/// </remarks>
internal sealed class AreaExtent
{
    private readonly Dictionary<int, (double MinLat, double MaxLat, double MinLon, double MaxLon, long Pop)> _boxes = [];
    private readonly Dictionary<int, long> _countryPop = [];

    public void Include(int area, double lat, double lon, long pop)
    {
        if (area < 0) return;
        _boxes[area] = _boxes.TryGetValue(area, out var bx)
            ? (Math.Min(bx.MinLat, lat), Math.Max(bx.MaxLat, lat), Math.Min(bx.MinLon, lon), Math.Max(bx.MaxLon, lon), bx.Pop + pop)
            : (lat, lat, lon, lon, pop);
    }

    public void IncludeCountry(int country, long pop) => _countryPop[country] = _countryPop.GetValueOrDefault(country) + pop;

    public long CountryPopulation(int country) => _countryPop.GetValueOrDefault(country);

    public void Apply(GazetteerBuilder b)
    {
        foreach (var (area, bx) in _boxes)
        {
            // An area straddling the antimeridian would get a middle on the far side of the globe: keep its first place instead.
            double lon = bx.MaxLon - bx.MinLon > 180 ? bx.MinLon : (bx.MinLon + bx.MaxLon) / 2;
            b.SetPoint(area, (bx.MinLat + bx.MaxLat) / 2, lon);
            b.SetPopulation(area, bx.Pop);
        }
    }

    public bool Has(int area) => _boxes.ContainsKey(area);
}
