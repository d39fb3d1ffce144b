using Dyad.Documents;
using Dyad.Learning;
using Dyad.Tagging;

namespace Dyad.Training;

/// <summary>Trains the <see cref="TaggerModel"/>: greedy averaged perceptron, shuffled epochs, early stopping on dev UPOS.</summary>
public sealed partial class TaggerTrainer
{
    public int Seed { get; init; } = 1;
    public int MaxEpochs { get; init; } = 15;
    public int Patience { get; init; } = 2;
    public int DictionaryMinCount { get; init; } = 20;
    public double DictionaryMinShare { get; init; } = 0.99;

    /// <summary>Training sentences see ambiguity classes built from the other folds, so the classes are as incomplete as on new text.</summary>
    public int AmbiguityFolds { get; init; } = 5;
    public int AmbiguityMinCount { get; init; } = 3;
    public double AmbiguityMinShare { get; init; } = 0.05;
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>The gazetteer whose name features the tagger learns and whose lists its model file carries (null: none, the default,
    /// so the parser's jackknife taggers are unchanged).</summary>
    internal TaggerNames? Names { get; init; }

    /// <summary>The dev score of the returned model.</summary>
    public SyntaxScore? DevScore { get; private set; }

    /// <summary>Jackknife folds for the second pass's training input (0: one pass only, the default).</summary>
    /// <remarks>`dyad train tagger` sets 4: on EWT the second pass, gated by <see cref="ChooseRefineMargin"/>, adds 0.12 dev UPOS
    /// (95.17 → 95.29) for ≈ 1.2–1.45× the one-pass tagging time. The default stays 0 so the parser's jackknife taggers stay one pass.</remarks>
    public int RefineFolds { get; init; }

    /// <summary>The epoch of the returned first-pass weights.</summary>
    public int BestEpoch { get; private set; }

    public TaggerModel Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        var model = Ensemble > 1 ? TrainEnsemble(train, dev) : TrainOne(train, dev);
        return PruneUnits.Count == 0 ? model : ChoosePruning(model, dev);
    }

    private TaggerModel TrainOne(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
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
        var ambiguity = BuildAmbiguity(train, -1);
        var gold = train.Select(s => s.Xpos.Select((x, i) => classIndex[(x, s.Upos[i])]).ToArray()).ToArray();
        var first = RunEpochs(train, dev, gold, null, w => new TaggerModel(w, [.. xpos], [.. upos], dictionary, ambiguity, null, names: Names), "tagger");
        BestEpoch = first.Epoch;
        MemberEpochs = [first.Epoch];
        if (RefineFolds < 2) return first.Model;
        var firstTags = JackknifeFirstPass(train, first.Epoch);
        var firstScore = DevScore;
        var second = RunEpochs(train, dev, gold, firstTags, w => new TaggerModel(first.Model.Weights, [.. xpos], [.. upos], dictionary, ambiguity, w, names: Names), "tagger pass 2");
        if (KeepSecondPass) return second.Model;
        if (second.Score.Upos <= firstScore!.Upos)
        {
            DevScore = firstScore;
            return first.Model;
        }
        return ChooseRefineMargin(second.Model, dev);
    }

    /// <summary>The largest share of classifier-tagged dev words the second pass may re-tag when its margin is chosen.</summary>
    public double RefineMaxShare { get; init; } = 0.3;

    /// <summary>Picks on dev the first-pass margin under which the second pass re-tags a word: best dev UPOS among margins
    /// that re-tag at most <see cref="RefineMaxShare"/> of the classifier-tagged words, the smaller margin on ties.</summary>
    private TaggerModel ChooseRefineMargin(TaggerModel model, IReadOnlyList<TreebankSentence> dev)
    {
        var margins = new List<int>();
        var features = new TaggerFeatures();
        foreach (var s in dev)
        {
            var t = SentenceText.Of(s.Forms);
            features.Prepare(t.Text, t.Starts, t.Lengths, model.Ambiguity, model.Names);
            model.WithRefineMargin(0).Tag(features, new int[s.Length]);
            foreach (var m in features.Margins) if (m != int.MaxValue) margins.Add(m);
        }
        if (margins.Count == 0) return model; // every dev word is in the tag dictionary: nothing to gate
        margins.Sort();
        var best = (Model: model, Score: DevScore!, Share: 1.0);
        foreach (var share in (double[])[0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.0])
        {
            int margin = share >= 1 ? int.MaxValue : margins[(int)(share * (margins.Count - 1))];
            var candidate = model.WithRefineMargin(margin);
            var score = Evaluate(candidate, dev);
            double actual = margins.Count(m => m < margin) / (double)Math.Max(1, margins.Count);
            Log(FormattableString.Invariant($"tagger pass 2 margin {margin} (re-tags {100 * actual:F1}% of classified dev words): dev {score}"));
            if (actual <= RefineMaxShare + 1e-9 && (best.Share > RefineMaxShare || score.Upos > best.Score.Upos))
                best = (candidate, score, actual);
        }
        DevScore = best.Score;
        Log(FormattableString.Invariant($"tagger pass 2 margin chosen: {best.Model.RefineMargin} ({100 * best.Share:F1}% of classified dev words)"));
        return best.Model;
    }

    /// <summary>First-pass tag atoms of every training word, each fold tagged by a first pass trained on the other folds.</summary>
    /// <summary>A trainer for a model inside this recipe (an ensemble member, a jackknife fold): this trainer's dictionary,
    /// ambiguity-class and gazetteer settings with its own seed and schedule; never an ensemble itself, never pruned.</summary>
    /// <remarks>The one place those settings are handed on, so a new setting cannot be forgotten in one of the two.</remarks>
    private TaggerTrainer Derived(int seed, int maxEpochs, int patience, int refineFolds, bool keepSecondPass, Action<string>? log = null) => new()
    {
        Seed = seed, MaxEpochs = maxEpochs, Patience = patience, RefineFolds = refineFolds, KeepSecondPass = keepSecondPass, Names = Names,
        DictionaryMinCount = DictionaryMinCount, DictionaryMinShare = DictionaryMinShare,
        AmbiguityFolds = AmbiguityFolds, AmbiguityMinCount = AmbiguityMinCount, AmbiguityMinShare = AmbiguityMinShare,
        Log = log ?? (_ => { }),
    };

    private ulong[][] JackknifeFirstPass(IReadOnlyList<TreebankSentence> train, int epochs)
    {
        var result = new ulong[train.Count][];
        var features = new TaggerFeatures();
        var foldOf = Folds.Assign(train, RefineFolds);
        for (int fold = 0; fold < RefineFolds; fold++)
        {
            var held = new List<int>();
            var rest = new List<TreebankSentence>();
            for (int i = 0; i < train.Count; i++)
                if (foldOf[i] == fold) held.Add(i); else rest.Add(train[i]);
            var inner = Derived(Seed + 100 + fold, epochs, epochs, refineFolds: 0, keepSecondPass: false);
            var model = inner.Train(rest, [.. held.Take(200).Select(i => train[i])]);
            foreach (var i in held)
            {
                var t = SentenceText.Of(train[i].Forms);
                features.Prepare(t.Text, t.Starts, t.Lengths, model.Ambiguity, model.Names);
                var classes = new int[train[i].Length];
                model.Tag(features, classes);
                result[i] = [.. classes.Select(c => model.TagAtoms[c])];
            }
            Log($"tagger pass-1 jackknife fold {fold + 1}/{RefineFolds} done");
        }
        return result;
    }

    private (TaggerModel Model, SyntaxScore Score, int Epoch) RunEpochs(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev,
        int[][] gold, ulong[][]? firstTags, Func<PerceptronModel, TaggerModel> build, string name)
    {
        var shell = build(new PerceptronModel(gold.Max(g => g.Length == 0 ? 0 : g.Max()) + 1, 1f, [], [0], []));
        var foldOf = Folds.Assign(train, AmbiguityFolds);
        var foldAmbiguity = Enumerable.Range(0, AmbiguityFolds).Select(f => BuildAmbiguity(train, f)).ToArray();
        var trainer = new PerceptronTrainer(shell.ClassCount);
        var texts = train.Select(s => SentenceText.Of(s.Forms)).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(Seed);
        var features = new TaggerFeatures();
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[shell.ClassCount];
        (TaggerModel Model, SyntaxScore Score, int Epoch)? best = null;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= MaxEpochs && sinceBest < Patience; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, seen = 0;
            foreach (var si in order)
            {
                var t = texts[si];
                features.Prepare(t.Text, t.Starts, t.Lengths, foldAmbiguity[foldOf[si]], shell.Names);
                ulong prev1 = TaggerModel.NoTag, prev2 = TaggerModel.NoTag;
                var ft = firstTags?[si];
                for (int i = 0; i < features.Count; i++)
                {
                    if (!shell.TagDictionary.TryGetValue(features.Form(i), out int c))
                    {
                        int n = ft is null
                            ? features.Extract(i, prev1, prev2, f)
                            : features.ExtractRefined(i, prev1, prev2, ft[i], i + 1 < ft.Length ? ft[i + 1] : TaggerModel.EndTag, i + 2 < ft.Length ? ft[i + 2] : TaggerModel.EndTag, f);
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
            var model = build(trainer.Freeze());
            var score = Evaluate(model, dev);
            Log(FormattableString.Invariant($"{name} epoch {epoch}: train err {100.0 * errors / Math.Max(1, seen):F2}%  dev {score}  features {trainer.FeatureCount}"));
            if (best is null || score.Upos > best.Value.Score.Upos)
            {
                best = (model, score, epoch);
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
        features.Prepare(t.Text, t.Starts, t.Lengths, model.Ambiguity, model.Names);
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

    /// <summary>Ambiguity classes from the training sentences outside <paramref name="fold"/> (all of them when -1).</summary>
    private Dictionary<ulong, ulong> BuildAmbiguity(IReadOnlyList<TreebankSentence> train, int fold)
    {
        if (fold < 0) return AmbiguityClasses.Build(train, null, AmbiguityMinCount, AmbiguityMinShare);
        var foldOf = Folds.Assign(train, AmbiguityFolds);
        return AmbiguityClasses.Build(train, si => foldOf[si] == fold, AmbiguityMinCount, AmbiguityMinShare);
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
