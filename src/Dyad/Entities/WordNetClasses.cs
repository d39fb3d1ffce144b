using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>WordNet 3.0 classes of single words (noun supersenses, instance class, parts of speech), keyed by the hash of the lower-cased word.</summary>
/// <remarks>
/// Read-only after construction and safe to share. A class is a packed <see cref="ulong"/> (see the bit constants);
/// 0 means the word is not in WordNet. Keys are the recogniser's lower-cased word hashes folded to 28 bits
/// (<see cref="NerFeatures.Key"/>), so a lookup reuses the hash extraction already computed and stores about two
/// bytes a word; an unlisted word collides with a listed one about once in 4,000.
/// </remarks>
internal sealed class WordNetClasses
{
    /// <summary>Bits 0–25: the noun supersenses (lexicographer files 3–28) of any of the word's senses.</summary>
    public const int SenseBits = 26;

    /// <summary>Bits 26–30: the first (most frequent) noun sense's supersense + 1, 0 when not a noun.</summary>
    public const int FirstShift = 26;

    /// <summary>Bits 31–33: the class of the first sense that is an instance (a proper noun): 1 person, 2 group, 3 location, 4 other.</summary>
    public const int InstanceShift = 31;

    /// <summary>Bit 34: some noun sense is a common noun (written in lower case in its synset).</summary>
    public const int Common = 34;

    /// <summary>Bits 35–38: listed as noun, adjective, verb, adverb.</summary>
    public const int PosShift = 35;

    /// <summary>Bit 39: on every noun sense the word is written capitalised (a name, not a common noun).</summary>
    public const int ProperOnly = 39;

    private readonly Dictionary<uint, ulong> _classes;

    public WordNetClasses(Dictionary<uint, ulong> classes) => _classes = classes;

    public int Count => _classes.Count;

    public static int First(ulong c) => (int)((c >> FirstShift) & 31);

    public static int Instance(ulong c) => (int)((c >> InstanceShift) & 7);

    public static int Pos(ulong c) => (int)((c >> PosShift) & 15);

    public static ulong Senses(ulong c) => c & ((1UL << SenseBits) - 1);

    public static uint KeyOf(ReadOnlySpan<char> lower) => (uint)NerFeatures.Key(FeatureHash.Text(lower));

    /// <summary>
    /// The class of a lower-cased word given with its <see cref="Dyad.Learning.FeatureHash.Text"/> hash, or of its
    /// singular when only that is listed ("bakeries" → "bakery", "associates" → "associate"); does not allocate.
    /// </summary>
    public ulong Of(ulong wordHash, ReadOnlySpan<char> lower)
    {
        if (_classes.TryGetValue((uint)NerFeatures.Key(wordHash), out var c)) return c;
        if (lower.Length < 4 || lower.Length > 40 || lower[^1] != 's' || lower[^2] is 's' or 'u' or 'i') return 0;
        if (_classes.TryGetValue(KeyOf(lower[..^1]), out c)) return c;
        if (lower[^2] != 'e') return 0;
        if (lower[^3] is 's' or 'x' or 'z' or 'h' && _classes.TryGetValue(KeyOf(lower[..^2]), out c)) return c;
        if (lower[^3] != 'i') return 0;
        Span<char> y = stackalloc char[lower.Length - 2];
        lower[..^3].CopyTo(y);
        y[^1] = 'y';
        return _classes.TryGetValue(KeyOf(y), out c) ? c : 0;
    }

    /// <summary>Keys as sorted gaps, then each class in three parts that compress well (first sense; instance, flags and parts of speech; the other senses).</summary>
    public void Write(BinaryWriter w)
    {
        var keys = _classes.Keys.Order().ToArray();
        KeyGaps.Write(w, keys);
        foreach (var k in keys) w.Write((byte)First(_classes[k]));
        foreach (var k in keys) w.Write((ushort)(_classes[k] >> InstanceShift));
        foreach (var k in keys)
        {
            ulong c = _classes[k];
            int first = First(c);
            ulong others = Senses(c) & ~(first > 0 ? 1UL << (first - 1) : 0);
            w.Write7BitEncodedInt((int)others);
        }
    }

    public static WordNetClasses Read(BinaryReader r)
    {
        var keys = KeyGaps.Read(r, "WordNet table");
        int n = keys.Length;
        var values = new ulong[n];
        for (int i = 0; i < n; i++) values[i] = (ulong)r.ReadByte() << FirstShift;
        for (int i = 0; i < n; i++) values[i] |= (ulong)r.ReadUInt16() << InstanceShift;
        var classes = new Dictionary<uint, ulong>(n);
        for (int i = 0; i < n; i++)
        {
            ulong c = values[i] | (uint)r.Read7BitEncodedInt();
            int first = First(c);
            if (first > 0) c |= 1UL << (first - 1);
            classes[keys[i]] = c;
        }
        return new WordNetClasses(classes);
    }
}
