using Dyad.Learning;
using Dyad.Parsing;

namespace Dyad.Training;

/// <summary>Global training of the transition model for beam search (Zhang and Clark 2008) with the max-violation update (Huang et al. 2012).</summary>
/// <remarks>
/// Per sentence: the gold transition sequence comes from a static oracle (arcs as soon as they cost nothing); the beam
/// runs to the end with the current weights; at the step where the best item outscores the gold prefix by most, the gold
/// prefix's transition features are rewarded and that item's penalised. Arcs whose head is right take the gold relation
/// (as in the greedy trainer), and the relation classifier learns at the arcs of the best item, so it sees the parser's
/// own states. Non-projective sentences (no zero-cost path rebuilds them) are skipped. Not thread-safe.
/// </remarks>
internal sealed class BeamTrainer(PerceptronTrainer transitions, PerceptronTrainer labels, int width)
{
    private static readonly int[] OracleOrder = [ParserState.Left, ParserState.Right, ParserState.Shift];
    private readonly Beam _beam = new();
    private readonly ParserState _gold = new(), _replay = new();
    private readonly float[] _tScores = new float[ParserState.TransitionCount];
    private readonly float[] _lScores = new float[labels.ClassCount];
    private int[] _goldSequence = new int[64], _parent = new int[64], _transition = new int[64], _label = new int[64], _path = new int[64];
    private bool[] _onGold = new bool[1], _nextOnGold = new bool[1];

    public long Sentences { get; private set; }
    public long Updates { get; private set; }
    public long Skipped { get; private set; }

    /// <summary>Zeroes the counts above (once per epoch).</summary>
    public void ResetCounts() => Sentences = Updates = Skipped = 0;

    /// <summary>Trains on one sentence of <paramref name="n"/> words (features prepared); <paramref name="gold"/> heads use n for the root.</summary>
    public void Train(ParserFeatures features, int n, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels)
    {
        int steps = 2 * n;
        if (!GoldSequence(n, gold)) { Skipped++; return; }
        Sentences++;
        Grow(steps);
        Span<ulong> f = stackalloc ulong[Math.Max(ParserFeatures.MaxTransitionFeatures, ParserFeatures.MaxLabelFeatures)];
        _beam.Start(n, width);
        _gold.Reset(n);
        _onGold[0] = true;
        double goldScore = 0, maxViolation = double.NegativeInfinity;
        int maxStep = 0;
        for (int j = 0; j < steps; j++)
        {
            transitions.Tick();
            int gt = _goldSequence[j];
            goldScore += ScoreOf(features, _gold, f)[gt];
            ApplyGold(_gold, gt, gold, goldLabels);
            for (int b = 0; b < _beam.Count; b++)
            {
                var item = _beam.Item(b);
                var scores = ScoreOf(features, item, f);
                for (int t = 0; t < ParserState.TransitionCount; t++)
                    if (item.IsLegal(t)) _beam.Offer(b, t, _beam.Score(b) + scores[t]);
            }
            _beam.Advance();
            for (int b = 0; b < _beam.Count; b++)
            {
                var item = _beam.Item(b);
                int t = _beam.Transition(b), label = -1;
                _nextOnGold[b] = _onGold[_beam.Parent(b)] && t == gt;
                if (t != ParserState.Shift) label = Label(features, item, t, gold, goldLabels, learn: b == 0, f);
                item.Apply(t, label);
                _parent[j * width + b] = _beam.Parent(b);
                _transition[j * width + b] = t;
                _label[j * width + b] = label;
            }
            (_onGold, _nextOnGold) = (_nextOnGold, _onGold);
            double violation = _beam.Score(0) - goldScore;
            if (!_onGold[0] && violation >= maxViolation) { maxViolation = violation; maxStep = j + 1; }
        }
        if (maxStep > 0) Update(features, maxStep, gold, goldLabels, f);
    }

    // Rewards the gold prefix and penalises the best item's prefix up to maxStep, from the first step where they part.
    private void Update(ParserFeatures features, int maxStep, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, Span<ulong> f)
    {
        Updates++;
        for (int j = maxStep - 1, slot = 0; j >= 0; j--)
        {
            _path[j] = slot;
            slot = _parent[j * width + slot];
        }
        int n = _gold.Count;
        _gold.Reset(n);
        _replay.Reset(n);
        bool parted = false;
        for (int j = 0; j < maxStep; j++)
        {
            int k = j * width + _path[j], gt = _goldSequence[j], pt = _transition[k];
            // Until the sequences part, both are the same configuration (gold arcs carry gold relations): the updates would cancel.
            parted |= gt != pt;
            if (parted)
            {
                int m = features.Transition(_gold, f);
                transitions.Add(f[..m], gt, 1f);
                m = features.Transition(_replay, f);
                transitions.Add(f[..m], pt, -1f);
            }
            ApplyGold(_gold, gt, gold, goldLabels);
            _replay.Apply(pt, _label[k]);
        }
    }

    private float[] ScoreOf(ParserFeatures features, ParserState state, Span<ulong> f)
    {
        int m = features.Transition(state, f);
        Array.Clear(_tScores);
        transitions.Score(f[..m], _tScores);
        return _tScores;
    }

    private static void ApplyGold(ParserState state, int t, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels)
    {
        int label = -1;
        if (t != ParserState.Shift) label = goldLabels[state.ArcOf(t).Dependent];
        state.Apply(t, label);
    }

    // The relation of the arc transition t adds to item: gold when the head is right (learnt there if this is the best item), else predicted.
    private int Label(ParserFeatures features, ParserState item, int t, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, bool learn, Span<ulong> f)
    {
        var (head, dep) = item.ArcOf(t);
        bool right = gold[dep] == head;
        if (right && !learn) return goldLabels[dep];
        int m = features.Label(item, head, dep, f);
        labels.Tick();
        int guess = labels.Predict(f[..m], _lScores);
        if (!right) return guess;
        labels.Update(f[..m], goldLabels[dep], guess);
        return goldLabels[dep];
    }

    // The static oracle: LEFT, then RIGHT, then SHIFT, the first that loses no gold arc. False when the tree is not rebuilt (non-projective).
    private bool GoldSequence(int n, ReadOnlySpan<int> gold)
    {
        if (_goldSequence.Length < 2 * n) _goldSequence = new int[4 * n];
        _gold.Reset(n);
        for (int j = 0; !_gold.IsTerminal; j++)
        {
            int next = -1;
            foreach (int t in OracleOrder)
                if (_gold.IsLegal(t) && _gold.Cost(t, gold) == 0) { next = t; break; }
            if (next < 0) return false;
            _goldSequence[j] = next;
            _gold.Apply(next, 0);
        }
        for (int i = 0; i < n; i++) if (_gold.Heads[i] != gold[i]) return false;
        return true;
    }

    private void Grow(int steps)
    {
        if (_parent.Length < steps * width)
        {
            int size = Math.Max(steps * width, _parent.Length * 2);
            _parent = new int[size]; _transition = new int[size]; _label = new int[size];
        }
        if (_path.Length < steps) _path = new int[Math.Max(steps, _path.Length * 2)];
        if (_onGold.Length < width) { _onGold = new bool[width]; _nextOnGold = new bool[width]; }
    }
}
