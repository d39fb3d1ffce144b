namespace Dyad.Geocoding;

/// <summary>Collects gazetteer entries and index keys column by column, then freezes them into a <see cref="Gazetteer"/>.</summary>
internal sealed class GazetteerBuilder
{
    private readonly List<string> _names = [];
    private readonly List<GazetteerKind> _kinds = [];
    private readonly List<float> _lats = [], _lons = [];
    private readonly List<long> _pops = [], _ids = [];
    private readonly List<byte> _features = [];
    private readonly List<short> _countries = [];
    private readonly List<int> _admin1 = [], _admin2 = [];
    private readonly Dictionary<string, byte> _featureCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _index = new(StringComparer.Ordinal);

    public Dictionary<string, int> Demonyms { get; } = new(StringComparer.Ordinal);
    public List<CountryInfo> Countries { get; } = [];
    public int Count => _names.Count;

    public int Add(string name, GazetteerKind kind, double lat, double lon, long population, long geonameId,
        string feature, int country, int admin1 = -1, int admin2 = -1)
    {
        if (!_featureCodes.TryGetValue(feature, out var f))
        {
            if (_featureCodes.Count == byte.MaxValue) throw new InvalidDataException("more than 255 feature codes");
            f = (byte)_featureCodes.Count;
            _featureCodes[feature] = f;
        }
        _names.Add(name); _kinds.Add(kind); _lats.Add((float)lat); _lons.Add((float)lon);
        _pops.Add(population); _ids.Add(geonameId); _features.Add(f); _countries.Add((short)country);
        _admin1.Add(admin1); _admin2.Add(admin2);
        return _names.Count - 1;
    }

    public void AddKey(string? key, int entry)
    {
        if (key is null || key.Length < 2) return;
        if (!_index.TryGetValue(key, out var set)) _index[key] = set = [];
        set.Add(entry);
    }

    public void AddName(string name, int entry) => AddKey(NameKey.From(name), entry);

    public void SetPoint(int entry, double lat, double lon) { _lats[entry] = (float)lat; _lons[entry] = (float)lon; }
    public void SetPopulation(int entry, long population) => _pops[entry] = population;
    public GazetteerKind KindOf(int entry) => _kinds[entry];
    public long PopulationOf(int entry) => _pops[entry];
    public int CountryOf(int entry) => _countries[entry];
    public (float Lat, float Lon) PointOf(int entry) => (_lats[entry], _lons[entry]);

    public Gazetteer Build()
    {
        var g = new Gazetteer
        {
            NamePool = string.Concat(_names), NameStart = Starts(_names.Select(n => n.Length)), Kinds = [.. _kinds], Lats = [.. _lats], Lons = [.. _lons], Populations = [.. _pops],
            GeonameIds = [.. _ids], FeatureOf = [.. _features], CountryOf = [.. _countries],
            Admin1Of = [.. _admin1], Admin2Of = [.. _admin2], CountryTable = [.. Countries],
            FeatureCodes = [.. _featureCodes.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            Demonyms = new(Demonyms, StringComparer.Ordinal),
        };
        // Postings are ordered by a prior (wider kinds first, then population) so callers can stop early.
        var index = new List<(string Key, int[] Ids)>(_index.Count);
        foreach (var (key, set) in _index)
        {
            // Admin areas with no member place in cities500 have no point; they stay out of the index.
            set.RemoveWhere(e => g.Kinds[e] is GazetteerKind.Admin1 or GazetteerKind.Admin2 && g.Lats[e] == 0 && g.Lons[e] == 0);
            if (set.Count == 0) continue;
            index.Add((key, [.. set.OrderByDescending(e => g.Kinds[e] == GazetteerKind.Landmark ? -1 : (int)g.Kinds[e]).ThenByDescending(e => g.Populations[e]).ThenBy(e => e)]));
        }
        index.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        g.KeyPool = string.Concat(index.Select(k => k.Key));
        g.KeyStart = Starts(index.Select(k => k.Key.Length));
        g.PostingStart = Starts(index.Select(k => k.Ids.Length));
        g.Postings = [.. index.SelectMany(k => k.Ids)];
        g.Seal();
        return g;
    }

    /// <summary>Running offsets from lengths: n lengths give n + 1 starts.</summary>
    internal static int[] Starts(IEnumerable<int> lengths)
    {
        var starts = new List<int> { 0 };
        foreach (var n in lengths) starts.Add(starts[^1] + n);
        return [.. starts];
    }
}
