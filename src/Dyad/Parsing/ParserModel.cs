using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>The trained parser: a 3-way transition classifier, a relation classifier applied once per arc and an optional punctuation re-attacher.</summary>
public sealed partial class ParserModel
{
    public const string Kind = "parser";
    // Version 6 appends lexical classes (ParserClasses) and is written only for a model that has them, so a parser without
    // them keeps version 5's bytes. Version 5 stores the reading direction (right to left or not); version 4 (beam width and
    // margin) is read as left to right; version 3 (punctuation-aside flag and ranker) still reads, as a greedy parser. A
    // version-2 file is refused by ModelFile.
    public const int Version = 6;
    private const int VersionWithoutClasses = 5;
    private const int OldestVersion = 3;

    internal ParserModel(PerceptronModel transitions, PerceptronModel labels, string[] relations,
        PerceptronModel? punctuation = null, bool punctuationAside = false, int beamWidth = 1, float beamMargin = float.PositiveInfinity,
        bool reverse = false, ParserClasses? classes = null)
    {
        Reverse = reverse;
        Classes = classes;
        PunctuationAside = punctuationAside;
        if (beamWidth < 1 || beamWidth > MaxBeamWidth) throw new ArgumentOutOfRangeException(nameof(beamWidth), $"the beam width is 1 to {MaxBeamWidth}");
        BeamWidth = beamWidth;
        if (!(beamMargin >= 0)) throw new ArgumentOutOfRangeException(nameof(beamMargin), "the beam margin is not negative");
        BeamMargin = beamMargin;
        if (punctuation is not null && punctuation.ClassCount != 1) throw new ArgumentException("the punctuation ranker has one class");
        Punctuation = punctuation;
        PunctLabel = Array.IndexOf(relations, "punct");
        if (transitions.ClassCount != ParserState.TransitionCount) throw new ArgumentException("the transition model needs three classes");
        if (labels.ClassCount != relations.Length) throw new ArgumentException("one label class per relation");
        Transitions = transitions;
        Labels = labels;
        Relations = relations;
    }

    internal PerceptronModel Transitions { get; }
    internal PerceptronModel Labels { get; }

    /// <summary>Scores candidate heads for each punctuation mark once the tree is built (null: the parser's attachments stand).</summary>
    internal PerceptronModel? Punctuation { get; }

    /// <summary>This model with <paramref name="punctuation"/> as its punctuation re-attacher.</summary>
    internal ParserModel WithPunctuation(PerceptronModel? punctuation) => new(Transitions, Labels, Relations, punctuation, PunctuationAside, BeamWidth, BeamMargin, Reverse, Classes);

    internal int PunctLabel { get; }

    /// <summary>The lexical classes the features read (null: words and tags only, as every parser before session 9).</summary>
    internal ParserClasses? Classes { get; }

    /// <summary>The widest beam a parser file may carry and `dyad train parser --beam` accepts.</summary>
    public const int MaxBeamWidth = 64;

    /// <summary>How many partial parses the search keeps (1: greedy); the transition model was trained globally for this width.</summary>
    public int BeamWidth { get; }

    /// <summary>
    /// Candidates scoring more than this many perceptron units below the step's best are dropped even when the beam has room
    /// (infinity: never); chosen on dev after training, it lets confident steps cost what a greedy step costs.
    /// </summary>
    public float BeamMargin { get; }

    /// <summary>This model searching with <paramref name="margin"/> as its <see cref="BeamMargin"/>.</summary>
    internal ParserModel WithBeamMargin(float margin) => new(Transitions, Labels, Relations, Punctuation, PunctuationAside, BeamWidth, margin, Reverse, Classes);

    /// <summary>True when the transition system parses the words without punctuation, and the marks are attached afterwards (Ma et al. 2014).</summary>
    internal bool PunctuationAside { get; }

    /// <summary>The UD relations (with subtypes) the label classifier predicts.</summary>
    public IReadOnlyList<string> RelationNames => Relations;
    internal string[] Relations { get; }

    /// <summary>The atom the parser sees for a word's tags; the same function serves training and prediction.</summary>
    public static ulong TagAtom(string? xpos, Upos upos) => FeatureHash.Of(1, FeatureHash.Text(xpos ?? "_"), (ulong)upos);

    /// <summary>Parses one prepared sentence (greedily, or with a beam of <see cref="BeamWidth"/>); heads and labels are left in <paramref name="state"/>.</summary>
    internal void Parse(ParserFeatures features, ParserState state, int count)
    {
        if (Reverse) ParseReversed(features, state, count);
        else ParseInOrder(features, state, count);
    }

    private void ParseInOrder(ParserFeatures features, ParserState state, int count)
    {
        int words = PunctuationAside ? features.SetPunctuationAside() : count;
        if (words == count)
        {
            ParseWords(features, state, count);
            if (Punctuation is not null && !PunctuationAside) features.Punctuation.Attach(Punctuation, state, PunctLabel, aside: false);
            return;
        }
        var inner = features.AsideState;
        ParseWords(features, inner, words);
        state.Reset(count);
        for (int k = 0; k < words; k++)
        {
            int h = inner.Heads[k];
            state.AddArc(h < 0 || h >= words ? count : features.Position(h), features.Position(k), inner.Labels[k]);
            state.Margins[features.Position(k)] = inner.Margins[k];
        }
        features.Punctuation.Attach(Punctuation, state, PunctLabel, aside: true);
    }

    private void ParseWords(ParserFeatures features, ParserState state, int count)
    {
        if (BeamWidth > 1)
        {
            ParseBeam(features, state, count, BeamWidth);
            return;
        }
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<int> scores = stackalloc int[Math.Max(Relations.Length, ParserState.TransitionCount)];
        Span<bool> legal = stackalloc bool[ParserState.TransitionCount];
        state.Reset(count);
        while (!state.IsTerminal)
        {
            for (int t = 0; t < legal.Length; t++) legal[t] = state.IsLegal(t);
            int n = features.Transition(state, f);
            int best = Transitions.Predict(f[..n], scores, legal);
            if (best == ParserState.Shift)
            {
                state.Apply(best, -1);
                continue;
            }
            // The arc's confidence for a parser combination: how far the chosen transition scored above the best other legal one.
            int second = int.MinValue;
            for (int t = 0; t < legal.Length; t++) if (t != best && legal[t] && scores[t] > second) second = scores[t];
            float margin = second == int.MinValue ? 0 : (scores[best] - second) * Transitions.Scale;
            var (head, dep) = state.ArcOf(best);
            n = features.Label(state, head, dep, f);
            state.Apply(best, Labels.Predict(f[..n], scores));
            state.Margins[dep] = margin;
        }
    }

    /// <summary>Beam search: every item's legal transitions are scored, the <paramref name="width"/> best extensions kept and labelled.</summary>
    internal void ParseBeam(ParserFeatures features, ParserState state, int count, int width)
    {
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<int> scores = stackalloc int[Math.Max(Relations.Length, ParserState.TransitionCount)];
        var beam = features.Beam;
        beam.Start(count, width);
        double margin = BeamMargin / (double)Transitions.Scale;
        while (!beam.Item(0).IsTerminal)
        {
            for (int b = 0; b < beam.Count; b++)
            {
                var item = beam.Item(b);
                int n = features.Transition(item, f);
                scores[..ParserState.TransitionCount].Clear();
                Transitions.Score(f[..n], scores);
                for (int t = 0; t < ParserState.TransitionCount; t++)
                    if (item.IsLegal(t)) beam.Offer(b, t, beam.Score(b) + scores[t]);
            }
            beam.Advance(margin);
            for (int b = 0; b < beam.Count; b++)
            {
                var item = beam.Item(b);
                int t = beam.Transition(b), label = -1;
                if (t != ParserState.Shift)
                {
                    var (head, dep) = item.ArcOf(t);
                    label = Labels.Predict(f[..features.Label(item, head, dep, f)], scores);
                }
                item.Apply(t, label);
            }
        }
        state.CopyFrom(beam.Item(0));
    }

    /// <summary>The parser whose three classifiers are the weight means of <paramref name="members"/>' (<see cref="PerceptronModel.Average"/>).</summary>
    /// <remarks>
    /// Every decision is an argmax of a linear score, so the mean parser makes, state by state, the decision of the members'
    /// summed scores: a score ensemble at one parser's lookup cost. The members must share the relations (built from the
    /// training data, not the seed), the punctuation handling and the beam width; the rankers of the members that kept one
    /// are averaged. The beam margin is left for the caller to choose again.
    /// </remarks>
    public static ParserModel Average(IReadOnlyList<ParserModel> members)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var first = members[0];
        foreach (var m in members)
            if (!m.Relations.SequenceEqual(first.Relations, StringComparer.Ordinal) || m.PunctuationAside != first.PunctuationAside || m.BeamWidth != first.BeamWidth
                || m.Reverse != first.Reverse || !ParserClasses.SameKinds(m.Classes, first.Classes))
                throw new ArgumentException("cannot average parsers with different relations, punctuation handling, beam width, direction or lexical classes", nameof(members));
        var rankers = members.Where(m => m.Punctuation is not null).Select(m => m.Punctuation!).ToArray();
        return new ParserModel(PerceptronModel.Average([.. members.Select(m => m.Transitions)]), PerceptronModel.Average([.. members.Select(m => m.Labels)]),
            first.Relations, rankers.Length == 0 ? null : PerceptronModel.Average(rankers), first.PunctuationAside, first.BeamWidth, reverse: first.Reverse,
            classes: first.Classes);
    }

    /// <summary>A smaller copy: weights under <paramref name="minAbs"/> quantised units dropped from both classifiers.</summary>
    public ParserModel Pruned(int minAbs) => new(Transitions.Pruned(minAbs), Labels.Pruned(minAbs), Relations, Punctuation, PunctuationAside, BeamWidth, BeamMargin, Reverse, Classes);

    /// <summary>This model with each classifier replaced by <paramref name="map"/> of it (`dyad model compact`).</summary>
    internal ParserModel WithWeights(Func<PerceptronModel, PerceptronModel> map) =>
        new(map(Transitions), map(Labels), Relations, Punctuation is null ? null : map(Punctuation), PunctuationAside, BeamWidth, BeamMargin, Reverse, Classes);

    public void Save(string path) => ModelFile.Save(path, Kind, Classes is null ? VersionWithoutClasses : Version, w =>
    {
        w.Write(Relations.Length);
        foreach (var r in Relations) w.Write(r);
        w.Write(PunctuationAside);
        w.Write(BeamWidth);
        w.Write(BeamMargin);
        w.Write(Reverse);
        Transitions.Write(w);
        Labels.Write(w);
        w.Write(Punctuation is not null);
        Punctuation?.Write(w);
        Classes?.Write(w);
    });

    public static ParserModel Load(string path)
    {
        using var r = ModelFile.Load(path, Kind, OldestVersion, Version, out int version);
        int n = r.ReadInt32();
        if (n <= 0 || n > 1000) throw new ModelFileException($"model file '{path}' has {n} relations");
        var relations = new string[n];
        for (int i = 0; i < n; i++) relations[i] = r.ReadString();
        bool aside = r.ReadBoolean();
        int beamWidth = version >= 4 ? r.ReadInt32() : 1;
        float beamMargin = version >= 4 ? r.ReadSingle() : float.PositiveInfinity;
        bool reverse = version >= 5 && r.ReadBoolean();
        if (beamWidth < 1 || beamWidth > MaxBeamWidth || !(beamMargin >= 0))
            throw new ModelFileException($"model file '{path}' has beam width {beamWidth} and margin {beamMargin}");
        // The transition table is the largest (over a million features): it is built on another thread while the
        // other classifiers are read. Waiting on it runs it inline if no thread has taken it, so one core loses nothing.
        var building = Task.Run(PerceptronModel.ReadUnbuilt(r).Build);
        var labels = PerceptronModel.Read(r);
        // Version 3 kept a slot for a relabeller over the finished tree (session 4, never shipped, since removed).
        if (version == OldestVersion && r.ReadBoolean()) throw new ModelFileException($"model file '{path}' carries a relabeller, which this version no longer reads: retrain it with `dyad train parser`");
        var punctuation = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        var classes = version >= 6 ? ParserClasses.Read(r) : null;
        var transitions = building.GetAwaiter().GetResult(); // rethrows a corrupt table's own exception, not an AggregateException
        if (transitions.ClassCount != ParserState.TransitionCount || labels.ClassCount != n || (punctuation is not null && punctuation.ClassCount != 1))
            throw new ModelFileException($"model file '{path}' has classifiers that do not match its relations");
        return new ParserModel(transitions, labels, relations, punctuation, aside, beamWidth, beamMargin, reverse, classes);
    }
}
