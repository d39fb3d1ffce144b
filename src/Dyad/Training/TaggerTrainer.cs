using Dyad.Documents;
using Dyad.Learning;
using Dyad.Tagging;

namespace Dyad.Training;

/// <summary>Trains the <see cref="TaggerModel"/>: greedy averaged perceptron, shuffled epochs, early stopping on dev UPOS.</summary>
public sealed class TaggerTrainer
{
    public int Seed { get; init; } = 1;
    public int MaxEpochs { get; init; } = 15;
    public int Patience { get; init; } = 2;
    public int DictionaryMinCount { get; init; } = 20;
    public double DictionaryMinShare { get; init; } = 0.99;
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>The dev score of the returned model.</summary>
    public SyntaxScore? DevScore { get; private set; }

    public TaggerModel Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        var classIndex = new Dictionary<(string X, string U), int>();
        var xpos = new List<string>();
        var upos = new List<Upos>();
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++)
                if (!classIndex.ContainsKey((s.Xpos[i], s.Upos[i])))
                {
                    classIndex[(s.Xpos[i], s.Upos[i])] = xpos.Count;
                    xpos.Add(s.Xpos[i]);
                    upos.Add(Enum.TryParse<Upos>(s.Upos[i], out var u) ? u : Upos.X);
                }
        var dictionary = BuildDictionary(train, classIndex);
        var trainer = new PerceptronTrainer(xpos.Count);
        var empty = new PerceptronModel(xpos.Count, 1f, [], [0], []);
        var shell = new TaggerModel(empty, [.. xpos], [.. upos], dictionary);
        var texts = train.Select(s => SentenceText.Of(s.Forms)).ToArray();
        var gold = train.Select(s => s.Xpos.Select((x, i) => classIndex[(x, s.Upos[i])]).ToArray()).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(Seed);
        var features = new TaggerFeatures();
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[xpos.Count];
        TaggerModel? best = null;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= MaxEpochs && sinceBest < Patience; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, seen = 0;
            foreach (var si in order)
            {
                var t = texts[si];
                features.Prepare(t.Text, t.Starts, t.Lengths);
                ulong prev1 = TaggerModel.NoTag, prev2 = TaggerModel.NoTag;
                for (int i = 0; i < features.Count; i++)
                {
                    if (!dictionary.TryGetValue(features.Form(i), out int c))
                    {
                        int n = features.Extract(i, prev1, prev2, f);
                        trainer.Tick();
                        c = trainer.Predict(f[..n], scores);
                        trainer.Update(f[..n], gold[si][i], c);
                        seen++;
                        if (c != gold[si][i]) errors++;
                    }
                    prev2 = prev1;
                    prev1 = shell.TagAtoms[c];
                }
            }
            var model = new TaggerModel(trainer.Freeze(), [.. xpos], [.. upos], dictionary);
            var score = Evaluate(model, dev);
            Log(FormattableString.Invariant($"tagger epoch {epoch}: train err {100.0 * errors / Math.Max(1, seen):F2}%  dev {score}  features {model.Weights.FeatureCount}"));
            if (DevScore is null || score.Upos > DevScore.Upos)
            {
                best = model;
                DevScore = score;
                sinceBest = 0;
            }
            else sinceBest++;
        }
        return best ?? throw new InvalidOperationException("the training set is empty");
    }

    /// <summary>Tags a treebank sentence, returning (UPOS, XPOS) strings.</summary>
    internal static (string[] Upos, string[] Xpos) Tag(TaggerModel model, TreebankSentence sentence, TaggerFeatures? features = null)
    {
        features ??= new TaggerFeatures();
        var t = SentenceText.Of(sentence.Forms);
        features.Prepare(t.Text, t.Starts, t.Lengths);
        var classes = new int[sentence.Length];
        model.Tag(features, classes);
        return ([.. classes.Select(c => model.Upos[c].ToString())], [.. classes.Select(c => model.Xpos[c])]);
    }

    public static SyntaxScore Evaluate(TaggerModel model, IEnumerable<TreebankSentence> sentences)
    {
        var score = new SyntaxScore();
        var features = new TaggerFeatures();
        foreach (var s in sentences)
        {
            var (u, x) = Tag(model, s, features);
            score.Add(s, u, x, null, null, null);
        }
        return score;
    }

    private Dictionary<ulong, int> BuildDictionary(IReadOnlyList<TreebankSentence> train, Dictionary<(string, string), int> classIndex)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++)
            {
                if (!counts.TryGetValue(s.Forms[i], out var byClass)) counts[s.Forms[i]] = byClass = [];
                var c = classIndex[(s.Xpos[i], s.Upos[i])];
                byClass[c] = byClass.GetValueOrDefault(c) + 1;
            }
        var dict = new Dictionary<ulong, int>();
        foreach (var (form, byClass) in counts)
        {
            int total = byClass.Values.Sum();
            var (top, topCount) = byClass.MaxBy(p => (p.Value, -p.Key));
            if (total >= DictionaryMinCount && topCount >= DictionaryMinShare * total) dict[FeatureHash.Text(form)] = top;
        }
        return dict;
    }
}
