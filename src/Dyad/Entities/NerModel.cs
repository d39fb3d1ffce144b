using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>Called with a sentence's index and final labels while the scratch still holds its features.</summary>
internal delegate void SentenceTagged(int sentence, Span<int> labels);

/// <summary>A trained entity model: the feature extractor's data (gazetteer, case prior) and the shared perceptron's weights.</summary>
/// <remarks>Immutable and thread-safe; each caller brings its own <see cref="NerScratch"/>.</remarks>
internal sealed class NerModel
{
    private const string Magic = "DYAD-NER";
    private const int Version = 4;
    private const int L = BilouLabels.Count;
    private readonly float[] _transitions;

    public NerModel(NerFeatures features, PerceptronModel weights, bool twoPass = false)
    {
        TwoPass = twoPass;
        if (weights.ClassCount != L) throw new InvalidDataException($"entity model has {weights.ClassCount} labels, expected {L}");
        Features = features;
        Weights = weights;
        _transitions = NerDecoder.Transitions(weights);
    }

    /// <summary>This model with its weights replaced by <paramref name="map"/> of them (`dyad model compact`).</summary>
    public NerModel WithWeights(Func<PerceptronModel, PerceptronModel> map) => new(Features, map(Weights), TwoPass);

    public NerFeatures Features { get; }
    public PerceptronModel Weights { get; }

    /// <summary>Whether the model tags each document twice, the second pass reading the first's votes (<see cref="DocVotes"/>).</summary>
    public bool TwoPass { get; }

    /// <summary>
    /// Tags a document's sentences into <paramref name="labels"/> (their labels end to end): one pass, or two
    /// when the model reads the first pass's votes.
    /// </summary>
    /// <remarks>
    /// <paramref name="done"/> sees each sentence right after its final tagging, while the scratch still holds its
    /// features. The rules after decoding run once, on the final labels: a two-pass model's votes come from its
    /// own first decoding (as in training), so a rule change never changes what the model learns or reads.
    /// </remarks>
    public void TagDocument<TWords>(ReadOnlySpan<TWords> sentences, NerScratch scratch, Span<int> labels, SentenceTagged? done = null, bool repair = true) where TWords : IWordSource
    {
        scratch.UseVotes = false;
        int at = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            int n = sentences[i].Count;
            if (n > 0) Tag(sentences[i], scratch, labels.Slice(at, n), repair && !TwoPass);
            if (!TwoPass && n > 0) done?.Invoke(i, labels.Slice(at, n));
            at += n;
        }
        if (!TwoPass) return;
        scratch.Votes.Clear();
        at = 0;
        foreach (var words in sentences)
        {
            scratch.Votes.Add(words, labels.Slice(at, words.Count));
            at += words.Count;
        }
        scratch.UseVotes = true;
        at = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            int n = sentences[i].Count;
            scratch.SetPassOne(labels.Slice(at, n));
            if (n > 0)
            {
                Tag(sentences[i], scratch, labels.Slice(at, n), repair);
                done?.Invoke(i, labels.Slice(at, n));
            }
            at += n;
        }
        scratch.UseVotes = false;
    }

    /// <summary>BILOU labels for one sentence's words; <paramref name="repair"/> false leaves out the rules after decoding (a two-pass model's first pass, and to measure them).</summary>
    public void Tag<TWords>(TWords words, NerScratch scratch, Span<int> labels, bool repair = true) where TWords : IWordSource
    {
        int n = words.Count;
        Features.Extract(words, scratch);
        var emissions = scratch.Emissions.AsSpan(0, n * L);
        Span<int> row = stackalloc int[L];
        for (int i = 0; i < n; i++)
        {
            row.Clear();
            Weights.Score(scratch.FeaturesOf(i), row);
            var e = emissions.Slice(i * L, L);
            for (int l = 0; l < L; l++) e[l] = row[l];
        }
        NerDecoder.Viterbi(emissions, _transitions, n, scratch.Work, scratch.Back, labels);
        if (!repair) return;
        NameRepair.Apply(words, scratch, labels[..n]);
        PersonNameEdges.Apply(words, labels[..n]);
        HeadNounRules.Apply(words, scratch, labels[..n]);
        LowerCasePlaces.Apply(words, scratch, labels[..n]);
        CityStatePlaces.Apply(words, scratch, labels[..n]);
    }

    public void Save(string path) => CompressedFile.Save(path, Magic, Version, w =>
    {
        Features.Gazetteer.Write(w);
        Features.CasePrior.Write(w);
        Weights.Write(w);
        w.Write(TwoPass);
        // Appended only when present, so a model without WordNet keeps the bytes (and version) it always had.
        Features.WordNet?.Write(w);
    });

    public static NerModel Load(string path) => CompressedFile.Load(path, Magic, Version, "entity model", "dyad train ner", compressed =>
    {
        // Decompress the body in one go: hundreds of thousands of small reads straight from the Brotli stream
        // (varints, one byte at a time) cost more than the decompression itself.
        var body = new MemoryStream();
        compressed.BaseStream.CopyTo(body);
        body.Position = 0;
        using var r = new BinaryReader(body);
        var gazetteer = NameGazetteer.Read(r);
        var prior = CasePrior.Read(r);
        var weights = PerceptronModel.Read(r);
        bool twoPass = r.ReadBoolean();
        var wordNet = body.Position < body.Length ? WordNetClasses.Read(r) : null;
        return new NerModel(new NerFeatures(gazetteer, prior, wordNet), weights, twoPass);
    });
}
