using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Processing;

namespace Dyad.Tokenization;

/// <summary>Trains a <see cref="SentenceBoundaryModel"/> on gold raw documents and tunes its threshold on held-out ones.</summary>
/// <remarks>Logistic regression with AdaGrad over the candidate gaps the rules find; deterministic for a given seed.</remarks>
public static class SentenceBoundaryTrainer
{
    private const int HashBits = 16;
    private const int Epochs = 8;
    private const float LearningRate = 0.2f;

    public static SentenceBoundaryModel Train(IReadOnlyList<UdRawDocument> train, IReadOnlyList<UdRawDocument> dev, int seed)
    {
        var examples = Examples(train);
        int mask = (1 << HashBits) - 1;
        var weights = new float[1 << HashBits];
        var squares = new float[1 << HashBits];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int e in order)
            {
                var (features, label) = examples[e];
                float z = 0;
                foreach (var f in features) z += weights[(int)(f & (uint)mask)];
                float gradient = 1f / (1f + MathF.Exp(-z)) - (label ? 1f : 0f);
                foreach (var f in features)
                {
                    int k = (int)(f & (uint)mask);
                    squares[k] += gradient * gradient;
                    weights[k] -= LearningRate * gradient / MathF.Sqrt(squares[k] + 1e-6f);
                }
            }
        }
        return TuneThreshold(new SentenceBoundaryModel(weights, 0.5f), dev);
    }

    /// <summary>Picks the threshold with the best sentence F1 on <paramref name="dev"/>, preferring 0.5 on ties.</summary>
    private static SentenceBoundaryModel TuneThreshold(SentenceBoundaryModel model, IReadOnlyList<UdRawDocument> dev)
    {
        var best = model;
        double bestF1 = -1;
        foreach (var t in new[] { 0.5f, 0.45f, 0.55f, 0.4f, 0.6f, 0.35f, 0.65f, 0.3f, 0.7f, 0.25f, 0.75f, 0.2f, 0.8f })
        {
            var candidate = model.WithThreshold(t);
            var scorer = new UdSegmentationScorer(Pipeline.Create(new Tokenizer(), new SentenceSplitter(candidate)));
            double f1 = scorer.Score(dev).Sentences.F1;
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = candidate;
            }
        }
        return best;
    }

    private static List<(uint[] Features, bool Label)> Examples(IReadOnlyList<UdRawDocument> documents)
    {
        var examples = new List<(uint[], bool)>();
        var tokenizer = new Tokenizer();
        Span<uint> buffer = stackalloc uint[BoundaryFeatures.Max];
        foreach (var gold in documents)
        {
            var doc = new Doc(gold.Id, gold.Text);
            tokenizer.Process(doc);
            var ends = new HashSet<int>(gold.Sentences.Select(s => s.End));
            int first = 0;
            for (int i = 0; i + 1 < doc.TokenCount; i++)
            {
                bool label = ends.Contains(doc[i].End);
                var cue = BoundaryCues.Classify(doc, i);
                if (cue is not (BoundaryCue.None or BoundaryCue.Paragraph or BoundaryCue.Inside))
                {
                    int n = BoundaryFeatures.Extract(doc, i, cue, i + 1 - first, buffer);
                    examples.Add((buffer[..n].ToArray(), label));
                }
                if (label) first = i + 1;
            }
        }
        return examples;
    }
}
