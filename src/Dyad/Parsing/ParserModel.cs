using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>The trained parser: a 3-way transition classifier, a relation classifier applied once per arc and an optional punctuation re-attacher.</summary>
public sealed class ParserModel
{
    public const string Kind = "parser";
    // Version 3 adds the punctuation-aside flag and the punctuation ranker; a version-2 file is refused by ModelFile with a clear message.
    public const int Version = 3;

    internal ParserModel(PerceptronModel transitions, PerceptronModel labels, string[] relations,
        PerceptronModel? punctuation = null, bool punctuationAside = false)
    {
        PunctuationAside = punctuationAside;
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
    internal ParserModel WithPunctuation(PerceptronModel? punctuation) => new(Transitions, Labels, Relations, punctuation, PunctuationAside);

    internal int PunctLabel { get; }

    /// <summary>True when the transition system parses the words without punctuation, and the marks are attached afterwards (Ma et al. 2014).</summary>
    internal bool PunctuationAside { get; }

    /// <summary>The UD relations (with subtypes) the label classifier predicts.</summary>
    public IReadOnlyList<string> RelationNames => Relations;
    internal string[] Relations { get; }

    /// <summary>The atom the parser sees for a word's tags; the same function serves training and prediction.</summary>
    public static ulong TagAtom(string? xpos, Upos upos) => FeatureHash.Of(1, FeatureHash.Text(xpos ?? "_"), (ulong)upos);

    /// <summary>Parses one prepared sentence greedily; heads and labels are left in <paramref name="state"/>.</summary>
    internal void Parse(ParserFeatures features, ParserState state, int count)
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
        }
        features.Punctuation.Attach(Punctuation, state, PunctLabel, aside: true);
    }

    private void ParseWords(ParserFeatures features, ParserState state, int count)
    {
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<int> scores = stackalloc int[Math.Max(Relations.Length, ParserState.TransitionCount)];
        Span<bool> legal = stackalloc bool[ParserState.TransitionCount];
        state.Reset(count);
        while (!state.IsTerminal)
        {
            for (int t = 0; t < legal.Length; t++) legal[t] = state.IsLegal(t);
            int n = features.Transition(state, f);
            int best = Transitions.Predict(f[..n], scores, legal);
            int label = -1;
            if (best != ParserState.Shift)
            {
                var (head, dep) = state.ArcOf(best);
                n = features.Label(state, head, dep, f);
                label = Labels.Predict(f[..n], scores);
            }
            state.Apply(best, label);
        }
    }

    /// <summary>A smaller copy: weights under <paramref name="minAbs"/> quantised units dropped from both classifiers.</summary>
    public ParserModel Pruned(int minAbs) => new(Transitions.Pruned(minAbs), Labels.Pruned(minAbs), Relations, Punctuation, PunctuationAside);

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(Relations.Length);
        foreach (var r in Relations) w.Write(r);
        w.Write(PunctuationAside);
        Transitions.Write(w);
        Labels.Write(w);
        // The v3 layout kept a slot for a relabeller over the finished tree (session 4, never shipped, since removed): always empty.
        w.Write(false);
        w.Write(Punctuation is not null);
        Punctuation?.Write(w);
    });

    public static ParserModel Load(string path)
    {
        using var r = ModelFile.Load(path, Kind, Version);
        int n = r.ReadInt32();
        if (n <= 0 || n > 1000) throw new ModelFileException($"model file '{path}' has {n} relations");
        var relations = new string[n];
        for (int i = 0; i < n; i++) relations[i] = r.ReadString();
        bool aside = r.ReadBoolean();
        // The transition table is the largest (over a million features): it is built on another thread while the
        // other classifiers are read. Waiting on it runs it inline if no thread has taken it, so one core loses nothing.
        var building = Task.Run(PerceptronModel.ReadUnbuilt(r).Build);
        var labels = PerceptronModel.Read(r);
        if (r.ReadBoolean()) throw new ModelFileException($"model file '{path}' carries a relabeller, which this version no longer reads: retrain it with `dyad train parser`");
        var punctuation = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        var transitions = building.GetAwaiter().GetResult(); // rethrows a corrupt table's own exception, not an AggregateException
        if (transitions.ClassCount != ParserState.TransitionCount || labels.ClassCount != n || (punctuation is not null && punctuation.ClassCount != 1))
            throw new ModelFileException($"model file '{path}' has classifiers that do not match its relations");
        return new ParserModel(transitions, labels, relations, punctuation, aside);
    }
}
