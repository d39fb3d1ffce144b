using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Geocoding;

/// <summary>The pipeline stage that finds toponyms and resolves each to a gazetteer entry, filling <see cref="Doc.Places"/>.</summary>
/// <remarks>Thread-safe: the gazetteer is read-only and every call keeps its state on the stack.</remarks>
public sealed class Geocoder : IStage
{
    private readonly Gazetteer _gazetteer;
    private readonly ToponymFinder _finder;
    private readonly PlaceResolver _resolver;

    public Geocoder(Gazetteer gazetteer, GeocoderSettings? settings = null)
    {
        _gazetteer = gazetteer;
        _finder = new ToponymFinder(gazetteer);
        _resolver = new PlaceResolver(gazetteer, settings ?? GeocoderSettings.Default);
    }

    /// <summary>A geocoder over the shipped gazetteer.</summary>
    public Geocoder() : this(Gazetteer.Default) { }

    public string Name => "geocoder";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Assigns => Layers.Places;
    public Gazetteer Gazetteer => _gazetteer;

    public void Process(Doc doc)
    {
        var toponyms = _finder.Find(doc);
        var chosen = _resolver.Resolve(doc, toponyms);
        for (int t = 0; t < toponyms.Count; t++)
        {
            if (chosen[t] < 0) continue;
            var top = toponyms[t];
            doc.Places.Add(ToPlace(doc.Text[top.Start..top.End], top.Start, top.End, _gazetteer[chosen[t]]));
        }
    }

    internal static Place ToPlace(string text, int start, int end, GazetteerEntry e) =>
        new(text, start, end, e.Name, e.Country, e.Kind == GazetteerKind.Admin1 ? e.Name : e.Admin1Name,
            Math.Round(e.Lat, 4), Math.Round(e.Lon, 4), e.GeonamesId, e.Precision);
}
