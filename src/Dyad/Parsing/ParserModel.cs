using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>The trained parser: a 3-way transition classifier, a relation classifier applied once per arc, and an optional relabeller over the finished tree.</summary>
public sealed class ParserModel
{
    public const string Kind = "parser";
    public const int Version = 2;

    internal ParserModel(PerceptronModel transitions, PerceptronModel labels, string[] relations, PerceptronModel? relabeller = null)
    {
        if (relabeller is not null && relabeller.ClassCount != relations.Length) throw new ArgumentException("one relabeller class per relation");
        Relabeller = relabeller;
        if (transitions.ClassCount != ParserState.TransitionCount) throw new ArgumentException("the transition model needs three classes");
        if (labels.ClassCount != relations.Length) throw new ArgumentException("one label class per relation");
        Transitions = transitions;
        Labels = labels;
        Relations = relations;
    }

    internal PerceptronModel Transitions { get; }
    internal PerceptronModel Labels { get; }

    /// <summary>Relabels every arc once the tree is complete, when the head's head and siblings are known (null: arc-time labels stand).</summary>
    internal PerceptronModel? Relabeller { get; }

    /// <summary>This model with <paramref name="relabeller"/> as its second-stage relation classifier.</summary>
    internal ParserModel WithRelabeller(PerceptronModel? relabeller) => new(Transitions, Labels, Relations, relabeller);

    /// <summary>The UD relations (with subtypes) the label classifier predicts.</summary>
    public IReadOnlyList<string> RelationNames => Relations;
    internal string[] Relations { get; }

    /// <summary>The atom the parser sees for a word's tags; the same function serves training and prediction.</summary>
    public static ulong TagAtom(string? xpos, Upos upos) => FeatureHash.Of(1, FeatureHash.Text(xpos ?? "_"), (ulong)upos);

    /// <summary>Parses one prepared sentence greedily; heads and labels are left in <paramref name="state"/>.</summary>
    internal void Parse(ParserFeatures features, ParserState state, int count)
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
        if (Relabeller is null) return;
        for (int i = 0; i < count; i++)
        {
            if (state.Heads[i] < 0 || state.Heads[i] >= count) continue;
            int n = features.Relabel(state, i, f);
            state.Labels[i] = Relabeller.Predict(f[..n], scores);
        }
    }

    /// <summary>A smaller copy: weights under <paramref name="minAbs"/> quantised units dropped from both classifiers.</summary>
    public ParserModel Pruned(int minAbs) => new(Transitions.Pruned(minAbs), Labels.Pruned(minAbs), Relations, Relabeller?.Pruned(minAbs));

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(Relations.Length);
        foreach (var r in Relations) w.Write(r);
        Transitions.Write(w);
        Labels.Write(w);
        w.Write(Relabeller is not null);
        Relabeller?.Write(w);
    });

    public static ParserModel Load(string path)
    {
        using var r = ModelFile.Load(path, Kind, Version);
        int n = r.ReadInt32();
        if (n <= 0 || n > 1000) throw new ModelFileException($"model file '{path}' has {n} relations");
        var relations = new string[n];
        for (int i = 0; i < n; i++) relations[i] = r.ReadString();
        var transitions = PerceptronModel.Read(r);
        var labels = PerceptronModel.Read(r);
        var relabeller = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        if (transitions.ClassCount != ParserState.TransitionCount || labels.ClassCount != n || (relabeller is not null && relabeller.ClassCount != n))
            throw new ModelFileException($"model file '{path}' has classifiers that do not match its relations");
        return new ParserModel(transitions, labels, relations, relabeller);
    }
}
