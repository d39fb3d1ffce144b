using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Tagging;

/// <summary>The trained tagger: a perceptron over (XPOS, UPOS) pairs plus a dictionary of frequent unambiguous words.</summary>
public sealed class TaggerModel
{
    public const string Kind = "tagger";
    public const int Version = 2;

    internal TaggerModel(PerceptronModel weights, string[] xpos, Upos[] upos, Dictionary<ulong, int> tagDictionary)
    {
        Weights = weights;
        Xpos = xpos;
        Upos = upos;
        TagDictionary = tagDictionary;
        TagAtoms = new ulong[xpos.Length];
        for (int c = 0; c < xpos.Length; c++) TagAtoms[c] = FeatureHash.Text(xpos[c]) + (ulong)upos[c];
    }

    internal PerceptronModel Weights { get; }

    /// <summary>The Penn tag of each class.</summary>
    public IReadOnlyList<string> XposTags => Xpos;
    internal string[] Xpos { get; }
    internal Upos[] Upos { get; }

    /// <summary>Exact-form atom → class, for words that (nearly) always take one tag in training.</summary>
    internal Dictionary<ulong, int> TagDictionary { get; }

    /// <summary>The history atom of each class, as the features see previous tags.</summary>
    internal ulong[] TagAtoms { get; }

    internal static readonly ulong NoTag = FeatureHash.Text("<notag>");

    public int ClassCount => Xpos.Length;

    /// <summary>Tags one prepared sentence greedily left to right, writing class ids to <paramref name="classes"/>.</summary>
    internal void Tag(TaggerFeatures features, Span<int> classes)
    {
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[ClassCount];
        ulong prev1 = NoTag, prev2 = NoTag;
        for (int i = 0; i < features.Count; i++)
        {
            if (!TagDictionary.TryGetValue(features.Form(i), out int c))
            {
                int n = features.Extract(i, prev1, prev2, f);
                c = Weights.Predict(f[..n], scores);
            }
            classes[i] = c;
            prev2 = prev1;
            prev1 = TagAtoms[c];
        }
    }

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(Xpos.Length);
        for (int c = 0; c < Xpos.Length; c++) { w.Write(Xpos[c]); w.Write((byte)Upos[c]); }
        w.Write(TagDictionary.Count);
        foreach (var (k, c) in TagDictionary.OrderBy(p => p.Key)) { w.Write(k); w.Write7BitEncodedInt(c); }
        Weights.Write(w);
    });

    public static TaggerModel Load(string path)
    {
        using var r = ModelFile.Load(path, Kind, Version);
        int n = r.ReadInt32();
        var xpos = new string[n];
        var upos = new Upos[n];
        for (int c = 0; c < n; c++) { xpos[c] = r.ReadString(); upos[c] = (Upos)r.ReadByte(); }
        int d = r.ReadInt32();
        var dict = new Dictionary<ulong, int>(d);
        for (int i = 0; i < d; i++) dict[r.ReadUInt64()] = r.Read7BitEncodedInt();
        var weights = PerceptronModel.Read(r);
        if (weights.ClassCount != n) throw new ModelFileException($"model file '{path}' has {weights.ClassCount} weight classes for {n} tags");
        return new TaggerModel(weights, xpos, upos, dict);
    }
}
