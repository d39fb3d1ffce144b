using System.IO.Compression;

namespace Dyad.Entities;

/// <summary>A trained entity model: the feature extractor's data (gazetteer, case prior) and the averaged perceptron weights.</summary>
/// <remarks>Immutable and thread-safe; each caller brings its own <see cref="NerScratch"/>.</remarks>
internal sealed class NerModel(NerFeatures features, SparseWeights weights)
{
    private const string Magic = "DYAD-NER";
    private const int Version = 1;

    public NerFeatures Features { get; } = features;
    public SparseWeights Weights { get; } = weights;

    /// <summary>BILOU labels for one sentence's words.</summary>
    public void Tag<TWords>(TWords words, NerScratch scratch, Span<int> labels) where TWords : IWordSource
    {
        Features.Extract(words, scratch);
        NerDecoder.Decode(Weights, scratch, words.Count, labels);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        using (var z = new BrotliStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(z))
        {
            w.Write(Magic);
            w.Write(Version);
            Features.Gazetteer.Write(w);
            Features.CasePrior.Write(w);
            Weights.Write(w);
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"entity model not found at {path}; build it with `dyad train ner`", path);
        using var file = File.OpenRead(path);
        using var z = new BrotliStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(z);
        try
        {
            if (r.ReadString() != Magic || r.ReadInt32() != Version)
                throw new InvalidDataException($"{path} is not a Dyad entity model of version {Version}");
            var gazetteer = NameGazetteer.Read(r);
            var prior = CasePrior.Read(r);
            var weights = SparseWeights.Read(r);
            return new NerModel(new NerFeatures(gazetteer, prior), weights);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path} is truncated or corrupt: {e.Message}", e);
        }
    }
}
