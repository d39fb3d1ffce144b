using Dyad.Documents;
using Dyad.Learning;
using Dyad.Parsing;

namespace Dyad.Training;

/// <summary>Trains the <see cref="ParserModel"/> with a dynamic oracle (Goldberg and Nivre 2013) and early stopping on dev LAS.</summary>
/// <remarks>
/// With <see cref="BeamWidth"/> above one the transitions are instead trained globally for beam search (<see cref="BeamTrainer"/>).
/// Greedy: after the first epoch the parser follows its own predictions (with probability <see cref="FollowModel"/>),
/// learning to recover from its mistakes. Non-projective gold trees are handled by taking the
/// lowest-cost transitions as correct. Tags come from the given sentences: pass jackknifed tags to
/// train on the kind of tags the parser will see.
/// </remarks>
public sealed partial class ParserTrainer
{
    public int Seed { get; init; } = 1;
    public int MaxEpochs { get; init; } = 15;
    public int Patience { get; init; } = 3;
    public double FollowModel { get; init; } = 0.9;

    /// <summary>Beam width (1: greedy with the dynamic oracle; more: beam search trained globally by <see cref="BeamTrainer"/>).</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Parse the words without punctuation and attach the marks afterwards (Ma et al. 2014).</summary>
    public bool PunctuationAside { get; init; }

    /// <summary>Train a right-to-left parser: every sentence is mirrored for training and the model returned reads right to left (<see cref="ParserModel.Reverse"/>).</summary>
    public bool Reverse { get; init; }

    /// <summary>Epochs for the punctuation ranker trained after the parser (0: none; the parser's own attachments stand).</summary>
    public int PunctuationEpochs { get; init; }

    /// <summary>Lexical classes for the features (<see cref="ParserClasses"/>; null: words and tags only).</summary>
    internal ParserClasses? Classes { get; init; }

    public Action<string> Log { get; init; } = _ => { };

    /// <summary>Called with each model that improves dev LAS, and its epoch, so long runs leave a usable checkpoint.</summary>
    public Action<ParserModel, SyntaxScore, int> OnImproved { get; init; } = (_, _, _) => { };

    public SyntaxScore? DevScore { get; private set; }

    public ParserModel Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        if (!Reverse) return TrainInOrder(train, dev, OnImproved);
        // The mirrored sentences train an ordinary (unflagged) parser; flagging it afterwards makes it mirror its input itself.
        var onImproved = OnImproved;
        return TrainInOrder(Mirrored(train), Mirrored(dev), (m, score, epoch) => onImproved(m.WithReverse(true), score, epoch)).WithReverse(true);
    }

    private ParserModel TrainInOrder(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev, Action<ParserModel, SyntaxScore, int> onImproved)
    {
        var relations = train.SelectMany(s => s.Rels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var relIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var transitions = new PerceptronTrainer(ParserState.TransitionCount);
        var labels = new PerceptronTrainer(relations.Length);
        var rng = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ParserFeatures();
        var state = new ParserState();
        var tScores = new float[ParserState.TransitionCount];
        var lScores = new float[relations.Length];
        var costs = new int[ParserState.TransitionCount];
        var legal = new bool[ParserState.TransitionCount];
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        var beam = BeamWidth > 1 ? new BeamTrainer(transitions, labels, BeamWidth) : null;
        ParserModel? best = null;
        int sinceBest = 0, bestEpoch = 0;
        for (int epoch = 1; epoch <= MaxEpochs && sinceBest < Patience; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, steps = 0;
            foreach (var si in order)
            {
                var s = train[si];
                Prepare(features, s, Classes);
                var (n, gold, rels) = Targets(features, s);
                if (beam is not null)
                {
                    beam.Train(features, n, gold, [.. rels.Select(r => relIndex[r])]);
                    continue;
                }
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    int minCost = int.MaxValue;
                    for (int t = 0; t < legal.Length; t++)
                    {
                        legal[t] = state.IsLegal(t);
                        costs[t] = legal[t] ? state.Cost(t, gold) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[t]);
                    }
                    int k = features.Transition(state, f);
                    transitions.Tick();
                    int guess = transitions.Predict(f[..k], tScores, legal);
                    int right = -1;
                    for (int t = 0; t < legal.Length; t++)
                        if (costs[t] == minCost && (right < 0 || tScores[t] > tScores[right])) right = t;
                    steps++;
                    if (costs[guess] != minCost)
                    {
                        errors++;
                        transitions.Update(f[..k], right, guess);
                    }
                    int next = epoch > 1 && rng.NextDouble() < FollowModel ? guess : right;
                    int label = -1;
                    if (next != ParserState.Shift)
                    {
                        var (head, dep) = state.ArcOf(next);
                        int lk = features.Label(state, head, dep, f);
                        labels.Tick();
                        label = labels.Predict(f[..lk], lScores);
                        if (gold[dep] == head)
                        {
                            int goldLabel = relIndex[rels[dep]];
                            labels.Update(f[..lk], goldLabel, label);
                            label = goldLabel;
                        }
                    }
                    state.Apply(next, label);
                }
            }
            var model = new ParserModel(transitions.Freeze(), labels.Freeze(), relations, punctuationAside: PunctuationAside, beamWidth: BeamWidth, classes: Classes);
            var score = Evaluate(model, dev);
            var progress = beam is null ? FormattableString.Invariant($"transition err {100.0 * errors / Math.Max(1, steps):F2}%")
                : FormattableString.Invariant($"beam {BeamWidth}: updated {100.0 * beam.Updates / Math.Max(1, beam.Sentences):F2}% of sentences ({beam.Skipped} non-projective skipped)");
            beam?.ResetCounts();
            Log(FormattableString.Invariant($"parser epoch {epoch}: {progress}  dev {score}  features {model.Transitions.FeatureCount}+{model.Labels.FeatureCount}"));
            if (DevScore is null || score.Las > DevScore.Las)
            {
                best = model;
                DevScore = score;
                sinceBest = 0;
                bestEpoch = epoch;
                onImproved(model, score, epoch);
            }
            else sinceBest++;
        }
        if (best is null) throw new InvalidOperationException("the training set is empty");
        if (PunctuationEpochs <= 0) return best;
        var punctuation = new PunctuationTrainer { Seed = Seed, MaxEpochs = PunctuationEpochs, Patience = Patience, Log = Log };
        var withMarks = punctuation.Train(train, dev, best);
        if (withMarks.Punctuation is not null)
        {
            DevScore = punctuation.DevScore;
            onImproved(withMarks, DevScore!, bestEpoch);
        }
        return withMarks;
    }

    /// <summary>
    /// The words the transition system sees and their gold heads (the root as their count) and relations: the whole
    /// sentence, or with punctuation set aside the other words, a word headed by a mark taking the mark's head instead.
    /// </summary>
    private (int Count, int[] Gold, string[] Rels) Targets(ParserFeatures features, TreebankSentence s)
    {
        int n = s.Length;
        int m = PunctuationAside ? features.SetPunctuationAside() : n;
        if (m == n) return (n, s.Heads.Select(h => h < 0 ? n : h).ToArray(), s.Rels);
        var compact = new int[n];
        for (int k = 0; k < m; k++) compact[features.Position(k)] = k;
        var gold = new int[m];
        var rels = new string[m];
        for (int k = 0; k < m; k++)
        {
            int i = features.Position(k), h = s.Heads[i];
            for (int steps = 0; h >= 0 && features.IsPunct(h) && steps < n; steps++) h = s.Heads[h];
            gold[k] = h < 0 || features.IsPunct(h) ? m : compact[h];
            rels[k] = s.Rels[i];
        }
        return (m, gold, rels);
    }

    // Candidate beam margins in perceptron units, widest first; the narrowest within MarginTolerance dev LAS of the full beam is kept.
    private static readonly float[] MarginCandidates = [1024, 512, 256, 128, 64, 32, 16, 8, 4, 2, 1];
    private const double MarginTolerance = 0.05;

    /// <summary>
    /// The model with the narrowest beam margin whose dev LAS stays within 0.05 of the full beam's (infinity when none does):
    /// a narrower margin drops more candidates, so the beam stays small where the model is sure.
    /// </summary>
    public static ParserModel ChooseBeamMargin(ParserModel model, IReadOnlyList<TreebankSentence> dev, Action<string> log)
    {
        var chosen = model.WithBeamMargin(float.PositiveInfinity);
        if (model.BeamWidth == 1) return chosen;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var full = Evaluate(chosen, dev);
        log(FormattableString.Invariant($"beam margin none: dev {full} ({full.Words / clock.Elapsed.TotalSeconds:F0} words/s while training)"));
        foreach (var margin in MarginCandidates)
        {
            var candidate = model.WithBeamMargin(margin);
            clock.Restart();
            var score = Evaluate(candidate, dev);
            log(FormattableString.Invariant($"beam margin {margin}: dev {score} ({score.Words / clock.Elapsed.TotalSeconds:F0} words/s while training)"));
            if (score.Las < full.Las - MarginTolerance) break;
            chosen = candidate;
        }
        log(FormattableString.Invariant($"beam margin chosen: {chosen.BeamMargin}"));
        return chosen;
    }

    /// <summary>Parses a treebank sentence with the tags it carries, returning 0-based heads (-1 root) and relations.</summary>
    internal static (int[] Heads, string[] Rels) Parse(ParserModel model, TreebankSentence s, ParserFeatures features, ParserState state)
    {
        Prepare(features, s, model.Classes);
        model.Parse(features, state, s.Length);
        return Tree(state, model.Relations, s.Length);
    }

    /// <summary>The tree in <paramref name="state"/> as 0-based heads (-1 root) and relation names.</summary>
    internal static (int[] Heads, string[] Rels) Tree(ParserState state, string[] relations, int n)
    {
        var heads = new int[n];
        var rels = new string[n];
        for (int i = 0; i < n; i++)
        {
            int h = state.Heads[i];
            heads[i] = h < 0 || h >= n ? -1 : h;
            rels[i] = heads[i] < 0 || state.Labels[i] < 0 ? "root" : relations[state.Labels[i]];
        }
        return (heads, rels);
    }

    /// <summary>Scores the parser on sentences whose tag columns are the ones it should read (gold or predicted).</summary>
    public static SyntaxScore Evaluate(ParserModel model, IEnumerable<TreebankSentence> sentences)
    {
        var score = new SyntaxScore();
        var features = new ParserFeatures();
        var state = new ParserState();
        foreach (var s in sentences)
        {
            var (heads, rels) = Parse(model, s, features, state);
            score.Add(s, null, null, null, heads, rels);
        }
        return score;
    }

    internal static void Prepare(ParserFeatures features, TreebankSentence s, ParserClasses? classes)
    {
        var (words, tags, punct) = Atoms(s);
        if (classes is null)
        {
            features.Prepare(s.Length, words, tags, punct);
            return;
        }
        var senses = classes.HasSenses ? new ulong[s.Length] : null;
        var ambiguity = classes.HasAmbiguity ? new ulong[s.Length] : null;
        var coarse = classes.HasClusters ? new ulong[s.Length] : null;
        var fine = classes.HasClusters ? new ulong[s.Length] : null;
        for (int i = 0; i < s.Length; i++)
        {
            if (senses is not null) senses[i] = classes.Sense(s.Forms[i], words[i], UposOf(s.Upos[i]), tags[i]);
            if (ambiguity is not null) ambiguity[i] = classes.AmbiguityOf(words[i]);
            if (coarse is not null) (coarse[i], fine![i]) = classes.ClusterAtoms(words[i], tags[i]);
        }
        features.Prepare(s.Length, words, tags, punct, senses, ambiguity, coarse, fine);
    }

    private static Upos UposOf(string upos) => Enum.TryParse<Upos>(upos, out var u) ? u : Upos.X;

    private static (ulong[] Words, ulong[] Tags, bool[] Punct) Atoms(TreebankSentence s)
    {
        var words = new ulong[s.Length];
        var tags = new ulong[s.Length];
        var punct = new bool[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            words[i] = FeatureHash.Lower(s.Forms[i]);
            var upos = UposOf(s.Upos[i]);
            tags[i] = ParserModel.TagAtom(s.Xpos[i], upos);
            punct[i] = upos == Upos.PUNCT;
        }
        return (words, tags, punct);
    }
}
