using Dyad.Learning;

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
        NameRepair.Apply(words, scratch, labels[..words.Count]);
    }

    public void Save(string path) => CompressedFile.Save(path, Magic, Version, w =>
    {
        Features.Gazetteer.Write(w);
        Features.CasePrior.Write(w);
        Weights.Write(w);
    });

    public static NerModel Load(string path) => CompressedFile.Load(path, Magic, Version, "entity model", "dyad train ner", r =>
    {
        var gazetteer = NameGazetteer.Read(r);
        var prior = CasePrior.Read(r);
        var weights = SparseWeights.Read(r);
        return new NerModel(new NerFeatures(gazetteer, prior), weights);
    });
}
