using Dyad.Processing;

namespace Dyad.Geocoding;

/// <summary>The compiled GeoNames gazetteer: places, admin areas, countries and regions, with a folded-name index.</summary>
/// <remarks>Immutable after loading and safe to share across threads. Entries are stored column-wise; <see cref="GazetteerEntry"/> is a view.</remarks>
public sealed class Gazetteer
{
    public const string FileName = "gazetteer.bin";
    private static readonly Lazy<Gazetteer> Shipped = new(() => Load(Path.Combine(ProjectPaths.Data, FileName)));

    internal string NamePool = "";
    internal int[] NameStart = [0];
    internal GazetteerKind[] Kinds = [];
    internal float[] Lats = [];
    internal float[] Lons = [];
    internal long[] Populations = [];
    internal long[] GeonameIds = [];
    internal byte[] FeatureOf = [];
    internal string[] FeatureCodes = [];
    internal short[] CountryOf = [];
    internal int[] Admin1Of = [];
    internal int[] Admin2Of = [];
    internal CountryInfo[] CountryTable = [];
    // The name index: keys sorted ordinally in one pool, searched by bisection; no per-key objects to build at load.
    internal string KeyPool = "";
    internal int[] KeyStart = [0];
    internal int[] PostingStart = [0];
    internal int[] Postings = [];
    internal Dictionary<string, int> Demonyms = new(StringComparer.Ordinal);
    private Dictionary<string, int> _byIso2 = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, int> _byIso3 = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, int> _byFips = new(StringComparer.OrdinalIgnoreCase);
    private int[] _countryEntry = [];

    internal Gazetteer() { }

    /// <summary>The gazetteer shipped beside the assembly (data/gazetteer.bin), loaded once.</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>True when the shipped gazetteer file is present.</summary>
    public static bool IsShipped => File.Exists(Path.Combine(ProjectPaths.Data, FileName));

    public static Gazetteer Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"gazetteer not found at {path}; build it with `dyad train gazetteer`", path);
        using var stream = File.OpenRead(path);
        return GazetteerFile.Read(stream);
    }

    /// <summary>Writes the gazetteer to <paramref name="path"/> through a temporary file, so a failure never leaves half a file.</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp)) GazetteerFile.Write(this, stream);
        File.Move(temp, path, overwrite: true);
    }

    public int Count => NameStart.Length - 1;
    public int KeyCount => KeyStart.Length - 1;
    internal string NameOf(int entry) => NamePool.Substring(NameStart[entry], NameStart[entry + 1] - NameStart[entry]);
    internal ReadOnlySpan<char> KeyAt(int k) => KeyPool.AsSpan(KeyStart[k], KeyStart[k + 1] - KeyStart[k]);
    public IReadOnlyList<CountryInfo> Countries => CountryTable;
    public GazetteerEntry this[int index] => new(this, index);

    /// <summary>Entries whose name or alternate name folds to <paramref name="key"/> (see <see cref="NameKey"/>).</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> key)
    {
        int lo = 0, hi = KeyCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = KeyAt(mid).SequenceCompareTo(key);
            if (c == 0) return Postings.AsSpan(PostingStart[mid], PostingStart[mid + 1] - PostingStart[mid]);
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return [];
    }

    /// <summary>Entries named <paramref name="name"/> in any spelling the index knows.</summary>
    public ReadOnlySpan<int> Find(string name) => NameKey.From(name) is { } key ? Lookup(key) : [];

    /// <summary>The country a demonym names ("Iraqi" → Iraq), or -1.</summary>
    public int DemonymCountry(string key) => Demonyms.TryGetValue(key, out var c) ? c : -1;

    public int CountryIndexOfIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var i) ? i : -1;
    public int CountryIndexOfIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var i) ? i : -1;
    public CountryInfo? CountryByIso2(string? iso2) => CountryIndexOfIso2(iso2) is >= 0 and var i ? CountryTable[i] : null;
    public CountryInfo? CountryByIso3(string? iso3) => CountryIndexOfIso3(iso3) is >= 0 and var i ? CountryTable[i] : null;
    public CountryInfo? CountryByFips(string? fips) => fips is not null && _byFips.TryGetValue(fips, out var i) ? CountryTable[i] : null;

    /// <summary>The gazetteer entry for a country (kind <see cref="GazetteerKind.Country"/>), or -1.</summary>
    public int CountryEntry(int countryIndex) => (uint)countryIndex < (uint)_countryEntry.Length ? _countryEntry[countryIndex] : -1;

    /// <summary>Builds the code lookups; called once after the columns are filled.</summary>
    internal void Seal()
    {
        _byIso2 = new(StringComparer.OrdinalIgnoreCase);
        _byIso3 = new(StringComparer.OrdinalIgnoreCase);
        _byFips = new(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < CountryTable.Length; i++)
        {
            var c = CountryTable[i];
            _byIso2.TryAdd(c.Iso2, i);
            _byIso3.TryAdd(c.Iso3, i);
            if (c.Fips is not null) _byFips.TryAdd(c.Fips, i);
        }
        _countryEntry = new int[CountryTable.Length];
        Array.Fill(_countryEntry, -1);
        for (int i = 0; i < Kinds.Length; i++)
            if (Kinds[i] == GazetteerKind.Country && CountryOf[i] >= 0) _countryEntry[CountryOf[i]] = i;
    }
}
