using Dyad.Learning;

namespace Dyad.Tagging;

/// <summary>The tagger's gazetteer: the kinds of name (place, organisation, person, demonym…) a lower-cased word or word pair
/// is, stored as 32-bit hashes of the words' lower-form atoms so that it fits in the model file and costs a lookup per word.</summary>
/// <remarks>Immutable after construction; safe to share between threads. A name of one word marks that word; a longer name
/// marks the pair of its first two words (the name begins there) and of its last two (it ends there).</remarks>
internal sealed class TaggerNames
{
    private readonly Dictionary<uint, byte> _words;
    private readonly Dictionary<uint, ushort> _pairs;

    private TaggerNames(Dictionary<uint, byte> words, Dictionary<uint, ushort> pairs)
    {
        _words = words;
        _pairs = pairs;
    }

    public int WordCount => _words.Count;
    public int PairCount => _pairs.Count;

    /// <summary>Builds the lists from names given as lower-case words and a kind bit set (bits 0–7).</summary>
    public static TaggerNames From(IEnumerable<(string[] Words, byte Kinds)> names)
    {
        var words = new Dictionary<uint, byte>();
        var pairs = new Dictionary<uint, ushort>();
        foreach (var (w, kinds) in names)
        {
            if (w.Length == 0 || kinds == 0) continue;
            if (w.Length == 1)
            {
                uint key = WordKey(FeatureHash.Lower(w[0]));
                words[key] = (byte)(words.GetValueOrDefault(key) | kinds);
                continue;
            }
            uint begin = PairKey(FeatureHash.Lower(w[0]), FeatureHash.Lower(w[1]));
            pairs[begin] = (ushort)(pairs.GetValueOrDefault(begin) | kinds);
            uint end = PairKey(FeatureHash.Lower(w[^2]), FeatureHash.Lower(w[^1]));
            pairs[end] = (ushort)(pairs.GetValueOrDefault(end) | (kinds << 8));
        }
        return new TaggerNames(words, pairs);
    }

    /// <summary>The kinds of the one-word name whose lower-form atom is <paramref name="lower"/> (0: none).</summary>
    public byte Word(ulong lower) => _words.GetValueOrDefault(WordKey(lower));

    /// <summary>For the word pair (a, b): kinds of names beginning with it in the low byte, ending with it in the high byte.</summary>
    public ushort Pair(ulong lowerA, ulong lowerB) => _pairs.GetValueOrDefault(PairKey(lowerA, lowerB));

    private static uint WordKey(ulong lower) => (uint)(lower >> 32);

    private static uint PairKey(ulong a, ulong b) => (uint)(FeatureHash.Mix(a * 0x9E3779B97F4A7C15UL + b) >> 32);

    /// <summary>Writes both tables as sorted keys in gaps (varints), each with its kinds.</summary>
    public void Write(BinaryWriter w)
    {
        WriteTable(w, _words, v => w.Write(v));
        WriteTable(w, _pairs, v => w.Write(v));
    }

    public static TaggerNames Read(BinaryReader r)
    {
        var words = ReadTable(r, r.ReadByte);
        var pairs = ReadTable(r, r.ReadUInt16);
        return new TaggerNames(words, pairs);
    }

    private static void WriteTable<T>(BinaryWriter w, Dictionary<uint, T> table, Action<T> write)
    {
        w.Write(table.Count);
        uint last = 0;
        foreach (var (key, value) in table.OrderBy(p => p.Key))
        {
            w.Write7BitEncodedInt64(key - last);
            last = key;
            write(value);
        }
    }

    private static Dictionary<uint, T> ReadTable<T>(BinaryReader r, Func<T> read)
    {
        int count = r.ReadInt32();
        if (count < 0) throw new ModelFileException("the tagger's name list has a negative size");
        var table = new Dictionary<uint, T>(count);
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)r.Read7BitEncodedInt64();
            table[key] = read();
        }
        return table;
    }
}
