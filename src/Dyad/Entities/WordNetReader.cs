namespace Dyad.Entities;

/// <summary>Compiles <see cref="WordNetClasses"/> from a WordNet 3.0 database folder (data.noun, index.*, noun.exc), at training time.</summary>
/// <remarks>
/// WordNet 3.0 is © 2006 Princeton University, under a licence that allows use, copying and redistribution with its
/// notice (recorded in training/ner.md). Only single words are read: the gazetteer already holds names of several
/// words, and the recogniser looks a word up by its own hash.
/// </remarks>
internal static class WordNetReader
{
    private const int NounPersonFile = 18, NounGroupFile = 14, NounLocationFile = 15;

    private readonly record struct Synset(int LexFile, bool Instance, string[] Words);

    public static WordNetClasses Read(string dir)
    {
        var synsets = ReadSynsets(Path.Combine(dir, "data.noun"));
        var classes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (lemma, offsets) in ReadIndex(Path.Combine(dir, "index.noun")))
            classes[lemma] = NounClass(lemma, offsets, synsets) | 1UL << WordNetClasses.PosShift;
        string[] others = ["index.adj", "index.verb", "index.adv"];
        for (int pos = 1; pos <= others.Length; pos++)
            foreach (var (lemma, _) in ReadIndex(Path.Combine(dir, others[pos - 1])))
                classes[lemma] = classes.GetValueOrDefault(lemma) | 1UL << (WordNetClasses.PosShift + pos);
        var exceptions = Path.Combine(dir, "noun.exc");
        if (File.Exists(exceptions))
            foreach (var line in File.ReadLines(exceptions))
                if (line.Split(' ') is [var plural, var singular, ..] && !classes.ContainsKey(plural) && classes.TryGetValue(singular, out var c))
                    classes[plural] = c;
        var table = new Dictionary<uint, ulong>(classes.Count);
        // Sorted, so that two words folding to one key keep the same one on every build.
        foreach (var (word, c) in classes.OrderBy(e => e.Key, StringComparer.Ordinal))
            if (!word.Contains('_')) table.TryAdd(WordNetClasses.KeyOf(word), c);
        return new WordNetClasses(table);
    }

    /// <summary>The supersenses of a noun's senses (the first is the most frequent), its first instance's class and how it is written.</summary>
    private static ulong NounClass(string lemma, IReadOnlyList<int> offsets, Dictionary<int, Synset> synsets)
    {
        ulong c = 0;
        bool anyCommon = false, anyNoun = false;
        int instance = 0;
        foreach (var offset in offsets)
        {
            if (!synsets.TryGetValue(offset, out var s) || s.LexFile is < 3 or > 28) continue;
            int sense = s.LexFile - 3;
            if (!anyNoun) c |= (ulong)(sense + 1) << WordNetClasses.FirstShift;
            anyNoun = true;
            c |= 1UL << sense;
            if (s.Instance && instance == 0)
                instance = s.LexFile switch { NounPersonFile => 1, NounGroupFile => 2, NounLocationFile => 3, _ => 4 };
            foreach (var w in s.Words)
                if (w.Equals(lemma, StringComparison.OrdinalIgnoreCase) && !char.IsUpper(w[0])) anyCommon = true;
        }
        c |= (ulong)instance << WordNetClasses.InstanceShift;
        if (anyCommon) c |= 1UL << WordNetClasses.Common;
        else if (anyNoun) c |= 1UL << WordNetClasses.ProperOnly;
        return c;
    }

    /// <summary>Each synset of data.noun by its offset: its lexicographer file, whether it is an instance (an "@i" pointer) and its words.</summary>
    private static Dictionary<int, Synset> ReadSynsets(string path)
    {
        var synsets = new Dictionary<int, Synset>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ');
            int words = Convert.ToInt32(f[3], 16);
            var list = new string[words];
            for (int i = 0; i < words; i++) list[i] = f[4 + 2 * i];
            int p = 4 + 2 * words;
            int pointers = int.Parse(f[p], System.Globalization.CultureInfo.InvariantCulture);
            bool instance = false;
            for (int i = 0; i < pointers; i++) instance |= f[p + 1 + 4 * i] == "@i";
            synsets[int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)] =
                new Synset(int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), instance, list);
        }
        return synsets;
    }

    /// <summary>Each lemma of an index file with its synset offsets, most frequent sense first.</summary>
    private static IEnumerable<(string Lemma, List<int> Offsets)> ReadIndex(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int count = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            var offsets = new List<int>(count);
            for (int i = f.Length - count; i < f.Length; i++) offsets.Add(int.Parse(f[i], System.Globalization.CultureInfo.InvariantCulture));
            yield return (f[0], offsets);
        }
    }
}
