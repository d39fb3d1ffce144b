using System.Globalization;
using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>The WordNet 3.0 supersense (lexicographer file 29–43: verb.motion, verb.communication …) of each verb's first sense, for the parser.</summary>
/// <remarks>
/// The entity model's <see cref="Dyad.Entities.WordNetClasses"/> reads nouns only; this table adds the verbs. Keys are 32-bit
/// folds of the lemma's <see cref="FeatureHash.Text"/> hash; an inflected form is looked up by its regular stems
/// ("walked", "running", "carries") or, when irregular, stored under its own key from verb.exc ("ran", "taken").
/// Read-only after construction and safe to share.
/// </remarks>
internal sealed class VerbSenses
{
    private const int FirstVerbFile = 29, LastVerbFile = 43;
    private readonly Dictionary<uint, byte> _files;

    public VerbSenses(Dictionary<uint, byte> files) => _files = files;

    public int Count => _files.Count;

    public static uint KeyOf(ulong hash)
    {
        uint k = (uint)(hash ^ (hash >> 32));
        return k == 0 ? 1 : k;
    }

    /// <summary>Reads data.verb (each synset's file), index.verb (each lemma's first sense) and verb.exc (irregular forms) from a WordNet folder.</summary>
    public static VerbSenses Read(string dir)
    {
        var fileOf = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "data.verb")))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', 3);
            fileOf[int.Parse(f[0], CultureInfo.InvariantCulture)] = int.Parse(f[1], CultureInfo.InvariantCulture);
        }
        var byLemma = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "index.verb")))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int count = int.Parse(f[2], CultureInfo.InvariantCulture);
            // The offsets close the line, most frequent sense first.
            if (count > 0 && fileOf.TryGetValue(int.Parse(f[^count], CultureInfo.InvariantCulture), out int file) && file is >= FirstVerbFile and <= LastVerbFile)
                byLemma[f[0]] = (byte)file;
        }
        var exceptions = Path.Combine(dir, "verb.exc");
        if (File.Exists(exceptions))
            foreach (var line in File.ReadLines(exceptions))
                if (line.Split(' ') is [var form, var lemma, ..] && !byLemma.ContainsKey(form) && byLemma.TryGetValue(lemma, out var file))
                    byLemma[form] = file;
        var table = new Dictionary<uint, byte>(byLemma.Count);
        // Sorted, so two words folding to one key keep the same one on every build.
        foreach (var (word, file) in byLemma.OrderBy(e => e.Key, StringComparer.Ordinal))
            if (!word.Contains('_')) table.TryAdd(KeyOf(FeatureHash.Text(word)), file);
        return new VerbSenses(table);
    }

    /// <summary>The lexicographer file of a lower-cased verb form given with its hash (0: not a WordNet verb); does not allocate.</summary>
    public int Of(ulong hash, ReadOnlySpan<char> lower)
    {
        if (_files.TryGetValue(KeyOf(hash), out var file)) return file;
        if (lower.Length < 4 || lower.Length > 40) return 0;
        Span<char> buffer = stackalloc char[lower.Length + 1];
        if (lower.EndsWith("ing")) return Stem(lower[..^3], buffer);
        if (lower.EndsWith("ied")) return Find(lower[..^3], 'y', buffer);
        if (lower.EndsWith("ed")) return Stem(lower[..^2], buffer);
        if (lower.EndsWith("ies")) return Find(lower[..^3], 'y', buffer);
        if (lower.EndsWith("es") && Find(lower[..^2], '\0', buffer) is > 0 and var es) return es;
        return lower[^1] == 's' && lower[^2] != 's' ? Find(lower[..^1], '\0', buffer) : 0;
    }

    // After "-ing" or "-ed": the stem itself ("walk"), with an e ("mov-e"), or with a doubled consonant undone ("stop-p").
    private int Stem(ReadOnlySpan<char> stem, Span<char> buffer)
    {
        if (stem.Length < 2) return 0;
        if (Find(stem, '\0', buffer) is > 0 and var plain) return plain;
        if (Find(stem, 'e', buffer) is > 0 and var withE) return withE;
        return stem[^1] == stem[^2] ? Find(stem[..^1], '\0', buffer) : 0;
    }

    private int Find(ReadOnlySpan<char> stem, char append, Span<char> buffer)
    {
        stem.CopyTo(buffer);
        int n = stem.Length;
        if (append != '\0') buffer[n++] = append;
        return _files.TryGetValue(KeyOf(FeatureHash.Text(buffer[..n])), out var file) ? file : 0;
    }

    /// <summary>Keys as sorted gaps, then the files: about three bytes a verb before compression.</summary>
    public void Write(BinaryWriter w)
    {
        var keys = _files.Keys.Order().ToArray();
        KeyGaps.Write(w, keys);
        foreach (var k in keys) w.Write(_files[k]);
    }

    public static VerbSenses Read(BinaryReader r)
    {
        var keys = KeyGaps.Read(r, "verb supersense table");
        var files = new Dictionary<uint, byte>(keys.Length);
        foreach (var k in keys) files[k] = r.ReadByte();
        return new VerbSenses(files);
    }
}
