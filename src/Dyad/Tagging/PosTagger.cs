using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tagging;

/// <summary>The part-of-speech stage: assigns each token a UPOS and a Penn (XPOS) tag, sentence by sentence.</summary>
/// <remarks>Thread-safe: the model is immutable and the work buffers are per thread.</remarks>
public sealed class PosTagger : IStage
{
    [ThreadStatic] private static TaggerFeatures? t_features;
    [ThreadStatic] private static int[]? t_ints;

    private readonly TaggerModel _model;

    public PosTagger(TaggerModel model) => _model = model;

    /// <summary>Loads the shipped tagger (models/tagger.bin).</summary>
    public static PosTagger Load(string? modelsDir = null) =>
        new(TaggerModel.Load(Path.Combine(modelsDir ?? ProjectPaths.Models, "tagger.bin")));

    public string Name => "tagger";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Assigns => Layers.Pos;

    public void Process(Doc doc)
    {
        var features = t_features ??= new TaggerFeatures();
        foreach (var sentence in doc.Sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0) continue;
            if (t_ints is null || t_ints.Length < 3 * n) t_ints = new int[Math.Max(3 * n, 256)];
            var starts = t_ints.AsSpan(0, n);
            var lengths = t_ints.AsSpan(n, n);
            var classes = t_ints.AsSpan(2 * n, n);
            for (int i = 0; i < n; i++)
            {
                var t = doc[sentence.FirstToken + i];
                starts[i] = t.Start;
                lengths[i] = t.Length;
            }
            features.Prepare(doc.Text, starts, lengths, _model.Ambiguity, _model.Names);
            _model.Tag(features, classes);
            FiniteVerbs.Repair(_model, doc.Text, starts, lengths, classes);
            for (int i = 0; i < n; i++)
                doc.SetTags(sentence.FirstToken + i, _model.Upos[classes[i]], _model.Xpos[classes[i]]);
        }
    }
}
