using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Tagging;

/// <summary>The trained tagger: a perceptron over (XPOS, UPOS) pairs plus a dictionary of frequent unambiguous words.</summary>
public sealed class TaggerModel
{
    public const string Kind = "tagger";
    public const int Version = 5;

    internal TaggerModel(PerceptronModel weights, string[] xpos, Upos[] upos, Dictionary<ulong, int> tagDictionary, Dictionary<ulong, ulong> ambiguity, PerceptronModel? refiner, int refineMargin = int.MaxValue, TaggerNames? names = null)
    {
        Names = names;
        if (refiner is not null && refiner.ClassCount != weights.ClassCount) throw new ArgumentException("the two passes need the same classes");
        Ambiguity = ambiguity;
        Refiner = refiner;
        RefineMargin = refineMargin;
        Weights = weights;
        Xpos = xpos;
        Upos = upos;
        TagDictionary = tagDictionary;
        TagAtoms = new ulong[xpos.Length];
        for (int c = 0; c < xpos.Length; c++) TagAtoms[c] = FeatureHash.Text(xpos[c]) + (ulong)upos[c];
        PastTenseClass = Enumerable.Range(0, xpos.Length).FirstOrDefault(c => xpos[c] == "VBD" && upos[c] == Documents.Upos.VERB, -1);
    }

    /// <summary>The class of a past-tense verb (VBD, VERB), or −1 when the model has none.</summary>
    internal int PastTenseClass { get; }

    internal PerceptronModel Weights { get; }

    /// <summary>The gazetteer the name features read (null: a tagger trained without one, as every file before version 5).</summary>
    internal TaggerNames? Names { get; }

    /// <summary>The second pass, which re-tags each word seeing the first pass's tags of the words to its right (null: one pass).</summary>
    internal PerceptronModel? Refiner { get; }

    /// <summary>The second pass re-tags only words whose first-pass margin (best minus second-best score, in the first
    /// pass's quantised units) is below this; surer words keep their first-pass tag (int.MaxValue: re-tag every word).</summary>
    /// <remarks>Pass-1 errors sit almost all among the low-margin words, so gating keeps the second pass's gain at a fraction of its cost.</remarks>
    internal int RefineMargin { get; }

    /// <summary>This model with each classifier replaced by <paramref name="map"/> of it (`dyad model compact`).</summary>
    internal TaggerModel WithWeights(Func<PerceptronModel, PerceptronModel> map) =>
        new(map(Weights), Xpos, Upos, TagDictionary, Ambiguity, Refiner is null ? null : map(Refiner), RefineMargin, Names);

    /// <summary>A copy whose second pass re-tags the words with a first-pass margin under <paramref name="margin"/>.</summary>
    internal TaggerModel WithRefineMargin(int margin) => new(Weights, Xpos, Upos, TagDictionary, Ambiguity, Refiner, margin, Names);

    /// <summary>The Penn tag of each class.</summary>
    public IReadOnlyList<string> XposTags => Xpos;
    internal string[] Xpos { get; }
    internal Upos[] Upos { get; }

    /// <summary>Exact-form atom → class, for words that (nearly) always take one tag in training.</summary>
    internal Dictionary<ulong, int> TagDictionary { get; }

    /// <summary>Lower-form atom → ambiguity-class atom (the tags a frequent training word takes), read by the features.</summary>
    internal Dictionary<ulong, ulong> Ambiguity { get; }

    /// <summary>The history atom of each class, as the features see previous tags.</summary>
    internal ulong[] TagAtoms { get; }

    internal static readonly ulong NoTag = FeatureHash.Text("<notag>");
    internal static readonly ulong EndTag = FeatureHash.Text("<endtag>");

    public int ClassCount => Xpos.Length;

    /// <summary>Tags one prepared sentence greedily left to right, writing class ids to <paramref name="classes"/>.</summary>
    internal void Tag(TaggerFeatures features, Span<int> classes)
    {
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[ClassCount];
        var margins = features.Margins;
        FirstPass(features, classes, margins, f, scores);
        // The second pass overwrites left to right, so classes[i + 1..] still hold first-pass tags when word i is re-tagged.
        if (Refiner is not null) SecondPass(features, classes, margins, f, scores);
    }

    /// <summary>The history atom of the tag at <paramref name="i"/>, or the end marker past the sentence.</summary>
    internal ulong AtomAt(ReadOnlySpan<int> classes, int i) => i < classes.Length ? TagAtoms[classes[i]] : EndTag;

    private void FirstPass(TaggerFeatures features, Span<int> classes, Span<int> margins, Span<ulong> f, Span<int> scores)
    {
        ulong prev1 = NoTag, prev2 = NoTag;
        int count = features.Count;
        for (int i = 0; i < count; i++)
        {
            if (TagDictionary.TryGetValue(features.Form(i), out int c)) margins[i] = int.MaxValue;
            else
            {
                int n = features.Extract(i, prev1, prev2, f);
                c = Weights.Predict(f[..n], scores);
                margins[i] = Margin(scores[..ClassCount], c);
            }
            classes[i] = c;
            prev2 = prev1;
            prev1 = TagAtoms[c];
        }
    }

    private void SecondPass(TaggerFeatures features, Span<int> classes, ReadOnlySpan<int> margins, Span<ulong> f, Span<int> scores)
    {
        ulong prev1 = NoTag, prev2 = NoTag;
        int count = features.Count;
        var refiner = Refiner!;
        for (int i = 0; i < count; i++)
        {
            int c = classes[i];
            if (margins[i] < RefineMargin)
            {
                int n = features.ExtractRefined(i, prev1, prev2, TagAtoms[c], AtomAt(classes[..count], i + 1), AtomAt(classes[..count], i + 2), f);
                c = refiner.Predict(f[..n], scores);
                classes[i] = c;
            }
            prev2 = prev1;
            prev1 = TagAtoms[c];
        }
    }

    /// <summary>The best score minus the second best.</summary>
    private static int Margin(ReadOnlySpan<int> scores, int best)
    {
        int second = int.MinValue;
        for (int c = 0; c < scores.Length; c++)
            if (c != best && scores[c] > second) second = scores[c];
        return second == int.MinValue ? int.MaxValue : scores[best] - second;
    }

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(Xpos.Length);
        for (int c = 0; c < Xpos.Length; c++) { w.Write(Xpos[c]); w.Write((byte)Upos[c]); }
        w.Write(TagDictionary.Count);
        foreach (var (k, c) in TagDictionary.OrderBy(p => p.Key)) { w.Write(k); w.Write7BitEncodedInt(c); }
        w.Write(Ambiguity.Count);
        foreach (var (k, a) in Ambiguity.OrderBy(p => p.Key)) { w.Write(k); w.Write(a); }
        Weights.Write(w);
        w.Write(Refiner is not null);
        Refiner?.Write(w);
        w.Write(RefineMargin);
        w.Write(Names is not null);
        Names?.Write(w);
    });

    public static TaggerModel Load(string path)
    {
        // Version 4 is version 5 without the gazetteer.
        using var r = ModelFile.Load(path, Kind, 4, Version, out int version);
        int n = r.ReadInt32();
        var xpos = new string[n];
        var upos = new Upos[n];
        for (int c = 0; c < n; c++) { xpos[c] = r.ReadString(); upos[c] = (Upos)r.ReadByte(); }
        int d = r.ReadInt32();
        var dict = new Dictionary<ulong, int>(d);
        for (int i = 0; i < d; i++) dict[r.ReadUInt64()] = r.Read7BitEncodedInt();
        int a = r.ReadInt32();
        if (d < 0 || a < 0) throw new ModelFileException($"model file '{path}' has a negative dictionary size");
        var ambiguity = new Dictionary<ulong, ulong>(a);
        for (int i = 0; i < a; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        var weights = PerceptronModel.Read(r);
        var refiner = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        int refineMargin = r.ReadInt32();
        var names = version >= 5 && r.ReadBoolean() ? TaggerNames.Read(r) : null;
        if (weights.ClassCount != n || (refiner is not null && refiner.ClassCount != n)) throw new ModelFileException($"model file '{path}' has {weights.ClassCount} weight classes for {n} tags");
        return new TaggerModel(weights, xpos, upos, dict, ambiguity, refiner, refineMargin, names);
    }
}
