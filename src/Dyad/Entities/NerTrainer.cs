namespace Dyad.Entities;

/// <summary>Trains the entity model: a greedy averaged perceptron over BILOU labels, learning from its own history.</summary>
internal sealed class NerTrainer(NerFeatures features, int bits = 20)
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 13;
    public float Prune { get; init; } = 0.05f;

    /// <summary>Called after each epoch with the epoch number and a model averaged so far (for dev scoring).</summary>
    public Action<int, NerModel>? OnEpoch { get; init; }

    public NerModel Train(IReadOnlyList<NerSentence> train)
    {
        var weights = new DenseWeights(bits);
        var scratch = new NerScratch();
        var rng = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int mask = (1 << bits) - 1;
        int step = 1;
        Span<float> scores = stackalloc float[BilouLabels.Count];
        Span<ulong> dyn = stackalloc ulong[NerDecoder.DynamicCount];
        var gold = new int[256];
        var cases = DocCases(train);
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var sent = train[idx];
                int n = sent.Words.Length;
                if (gold.Length < n) gold = new int[n * 2];
                BilouLabels.FromIob2(sent.Tags, gold);
                scratch.Case = cases[sent.Document];
                features.Extract(new ArrayWords(sent.Words), scratch);
                int prev = -1, prev2 = -1;
                for (int i = 0; i < n; i++, step++)
                {
                    NerDecoder.Dynamic(scratch, i, prev, prev2, dyn);
                    NerDecoder.Score(weights, scratch, i, dyn, scores);
                    int guess = NerDecoder.Best(scores, prev, i == n - 1);
                    if (guess != gold[i])
                    {
                        foreach (var h in scratch.Features.AsSpan(i * NerScratch.MaxFeatures, scratch.FeatureCount[i]))
                            Update(weights, (int)(h & (ulong)mask), gold[i], guess, step);
                        foreach (var h in dyn) Update(weights, (int)(h & (ulong)mask), gold[i], guess, step);
                    }
                    prev2 = prev;
                    prev = guess;
                }
            }
            if (OnEpoch is not null || epoch == Epochs)
            {
                var model = new NerModel(features, weights.ToAveraged(step, epoch == Epochs ? Prune : 0));
                OnEpoch?.Invoke(epoch, model);
                if (epoch == Epochs) return model;
            }
        }
        throw new InvalidOperationException("no epochs to train");
    }

    /// <summary>Casing counts per document of a corpus.</summary>
    public static Dictionary<int, DocCase> DocCases(IEnumerable<NerSentence> sentences)
    {
        var cases = new Dictionary<int, DocCase>();
        foreach (var s in sentences)
        {
            if (!cases.TryGetValue(s.Document, out var c)) cases[s.Document] = c = new DocCase();
            c.Add(new ArrayWords(s.Words));
        }
        return cases;
    }

    private static void Update(DenseWeights w, int bucket, int gold, int guess, int step)
    {
        w.Update(bucket, gold, 1f, step);
        w.Update(bucket, guess, -1f, step);
    }
}
