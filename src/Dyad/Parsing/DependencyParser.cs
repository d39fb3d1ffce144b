using Dyad.Documents;
using Dyad.Learning;
using Dyad.Processing;

namespace Dyad.Parsing;

/// <summary>The dependency stage: an arc-hybrid parser (greedy, or a beam search when the model has one) that assigns each token a head and a UD relation.</summary>
/// <remarks>Thread-safe: the model is immutable and the work buffers are per thread.</remarks>
public sealed class DependencyParser : IStage
{
    [ThreadStatic] private static ParserFeatures? t_features;
    [ThreadStatic] private static ParserState? t_state;
    [ThreadStatic] private static ulong[]? t_atoms;
    [ThreadStatic] private static bool[]? t_punct;

    private readonly ParserModel _model;
    private readonly ParserModel? _reverse;
    private readonly ParserCombination? _combination;

    public DependencyParser(ParserModel model) => _model = model;

    /// <summary>A parser that combines <paramref name="model"/>'s trees with those of the right-to-left <paramref name="reverse"/> (<see cref="ParserCombination"/>).</summary>
    internal DependencyParser(ParserModel model, ParserModel reverse, ParserCombination combination)
    {
        if (model.Classes is not null || reverse.Classes is not null)
            throw new NotSupportedException("the parser combination reads parsers without lexical classes (train them without --wordnet, --ambiguity and --clusters)");
        _model = model;
        _reverse = reverse;
        _combination = combination;
    }

    /// <summary>True when this stage combines a left-to-right and a right-to-left parser.</summary>
    internal bool Combines => _combination is not null;

    /// <summary>The file of the optional right-to-left parser: when the models folder holds it, its trees are combined with parser.bin's.</summary>
    public const string ReverseFile = "parser-r2l.bin";

    /// <summary>Loads the shipped parser (models/parser.bin), combined with models/parser-r2l.bin when that file is present.</summary>
    public static DependencyParser Load(string? modelsDir = null)
    {
        var dir = modelsDir ?? ProjectPaths.Models;
        var model = ParserModel.Load(Path.Combine(dir, "parser.bin"));
        var reversePath = Path.Combine(dir, ReverseFile);
        return File.Exists(reversePath) ? new(model, ParserModel.Load(reversePath), ParserCombination.Default) : new(model);
    }

    public string Name => "parser";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Pos;
    public Layers Assigns => Layers.Dependencies;

    public void Process(Doc doc)
    {
        var features = t_features ??= new ParserFeatures();
        var state = t_state ??= new ParserState();
        foreach (var sentence in doc.Sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0) continue;
            if (t_atoms is null || t_atoms.Length < 6 * n) t_atoms = new ulong[Math.Max(6 * n, 384)];
            var words = t_atoms.AsSpan(0, n);
            var tags = t_atoms.AsSpan(n, n);
            var classes = _model.Classes;
            var senses = classes is { HasSenses: true } ? t_atoms.AsSpan(2 * n, n) : default;
            var ambiguity = classes is { HasAmbiguity: true } ? t_atoms.AsSpan(3 * n, n) : default;
            var coarse = classes is { HasClusters: true } ? t_atoms.AsSpan(4 * n, n) : default;
            var fine = classes is { HasClusters: true } ? t_atoms.AsSpan(5 * n, n) : default;
            if (t_punct is null || t_punct.Length < n) t_punct = new bool[Math.Max(n, 256)];
            var punct = t_punct.AsSpan(0, n);
            for (int i = 0; i < n; i++)
            {
                var t = doc[sentence.FirstToken + i];
                words[i] = FeatureHash.Lower(t.Span);
                tags[i] = ParserModel.TagAtom(t.Xpos, t.Upos);
                punct[i] = t.Upos == Upos.PUNCT;
                if (!senses.IsEmpty) senses[i] = classes!.Sense(t.Span, words[i], t.Upos, tags[i]);
                if (!ambiguity.IsEmpty) ambiguity[i] = classes!.AmbiguityOf(words[i]);
                if (!coarse.IsEmpty) (coarse[i], fine[i]) = classes!.ClusterAtoms(words[i], tags[i]);
            }
            if (_combination is not null) _combination.Parse(_model, _reverse!, features, state, words, tags, punct);
            else
            {
                features.Prepare(n, words, tags, punct, senses, ambiguity, coarse, fine);
                _model.Parse(features, state, n);
            }
            for (int i = 0; i < n; i++)
            {
                int head = state.Heads[i];
                // The root sits after the last word; any word left without a head is attached to it.
                int docHead = head < 0 || head >= n ? -1 : sentence.FirstToken + head;
                int label = state.Labels[i];
                doc.SetArc(sentence.FirstToken + i, docHead, docHead < 0 || label < 0 ? "root" : _model.Relations[label]);
            }
        }
    }
}
