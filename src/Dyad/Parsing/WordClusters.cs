using System.Globalization;
using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>Distributional word classes at several granularities (16, 64, 256, 1024 classes …), keyed by a word's lower-case hash.</summary>
/// <remarks>
/// Built from unlabelled text by `dyad train clusters` (<see cref="Dyad.Training.ClusterTrainer"/>) and read by the parser
/// (`dyad train parser --clusters FILE`) as Koo, Carreras and Collins (2008) read Brown clusters: a coarse class stands
/// beside a tag, a fine class in place of a word too rare in the treebank. Read-only after construction and safe to share.
/// </remarks>
internal sealed class WordClusters
{
    private const int MaxGranularities = 8, MaxClasses = 1 << 16, MaxWords = 1 << 21;
    private readonly Dictionary<ulong, int> _row;
    private readonly ushort[] _classes;

    public WordClusters(int[] sizes, Dictionary<ulong, int> row, ushort[] classes)
    {
        if (sizes.Length is 0 or > MaxGranularities || sizes.Any(s => s is < 2 or > MaxClasses)) throw new ArgumentException("1 to 8 granularities of 2 to 65536 classes");
        if (classes.Length != row.Count * sizes.Length) throw new ArgumentException("one class per word and granularity");
        Sizes = sizes;
        _row = row;
        _classes = classes;
        // The coarse classes stand beside tags (Koo et al. used 4- and 6-bit prefixes); the fine ones beside words.
        Coarse = Array.FindIndex(sizes, s => s >= 50) is >= 0 and var c ? c : sizes.Length - 1;
        Fine = Array.IndexOf(sizes, sizes.Max());
    }

    /// <summary>The number of classes of each granularity, as in the file.</summary>
    public int[] Sizes { get; }

    public int Count => _row.Count;
    public int Coarse { get; }
    public int Fine { get; }

    /// <summary>The class of word <paramref name="lower"/> (<see cref="FeatureHash.Lower"/>) at granularity <paramref name="g"/>, or -1 when unclustered.</summary>
    public int Of(ulong lower, int g) => _row.TryGetValue(lower, out int r) ? _classes[r * Sizes.Length + g] : -1;

    /// <summary>Reads the text file `dyad train clusters` writes: a "# classes 16 64 …" line, then "word TAB class TAB class …" lines.</summary>
    public static WordClusters ReadText(string path)
    {
        int[]? sizes = null;
        var row = new Dictionary<ulong, int>();
        var classes = new List<ushort>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.StartsWith("# classes ", StringComparison.Ordinal))
            {
                sizes = [.. line[10..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            if (sizes is null) throw new InvalidDataException($"{path}: no '# classes' line before the words");
            var f = line.Split('\t');
            if (f.Length != sizes.Length + 1) throw new InvalidDataException($"{path}:{lineNo}: expected a word and {sizes.Length} classes");
            // Two forms with one hash (or one form twice) keep the first, which is the more frequent one.
            if (!row.TryAdd(FeatureHash.Lower(f[0]), row.Count)) continue;
            for (int g = 0; g < sizes.Length; g++)
            {
                int c = int.Parse(f[g + 1], CultureInfo.InvariantCulture);
                if ((uint)c >= (uint)sizes[g]) throw new InvalidDataException($"{path}:{lineNo}: class {c} out of {sizes[g]}");
                classes.Add((ushort)c);
            }
        }
        if (sizes is null) throw new InvalidDataException($"{path}: not a cluster file (no '# classes' line)");
        return new WordClusters(sizes, row, [.. classes]);
    }

    /// <summary>The granularities, then the words' keys in ascending order with their classes.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write((byte)Sizes.Length);
        foreach (var s in Sizes) w.Write(s);
        w.Write(_row.Count);
        foreach (var (key, r) in _row.OrderBy(e => e.Key))
        {
            w.Write(key);
            for (int g = 0; g < Sizes.Length; g++) w.Write7BitEncodedInt(_classes[r * Sizes.Length + g]);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int g = r.ReadByte();
        if (g is 0 or > MaxGranularities) throw new InvalidDataException($"word clusters with {g} granularities");
        var sizes = new int[g];
        for (int i = 0; i < g; i++) sizes[i] = r.ReadInt32();
        if (sizes.Any(s => s is < 2 or > MaxClasses)) throw new InvalidDataException("word cluster granularity out of range");
        int n = r.ReadInt32();
        if (n < 0 || n > MaxWords) throw new InvalidDataException($"word cluster table has {n} words");
        var row = new Dictionary<ulong, int>(n);
        var classes = new ushort[n * g];
        for (int k = 0; k < n; k++)
        {
            if (!row.TryAdd(r.ReadUInt64(), k)) throw new InvalidDataException("word cluster table repeats a key");
            for (int i = 0; i < g; i++)
            {
                int c = r.Read7BitEncodedInt();
                if ((uint)c >= (uint)sizes[i]) throw new InvalidDataException("word cluster class out of range");
                classes[k * g + i] = (ushort)c;
            }
        }
        return new WordClusters(sizes, row, classes);
    }
}
