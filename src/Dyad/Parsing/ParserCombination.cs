namespace Dyad.Parsing;

/// <summary>Combines the trees of a left-to-right and a right-to-left parser by reparsing their arcs (Sagae and Lavie 2006).</summary>
/// <remarks>
/// Each arc of either tree scores, per parser that built it, 1 + λ·c, where c = m / (m + τ) squashes the score margin m of the
/// transition that made it; the maximum spanning tree of those scores (Chu-Liu-Edmonds, one word under the root) is the
/// result, each word keeping the relation of the parser whose arc won, the left-to-right one's on a tie. With two parsers
/// every word in the tree agrees with one of them, so any λ &gt; 0 ranks the trees alike: τ is the setting that matters.
/// </remarks>
internal sealed class ParserCombination
{
    // Breaks exact ties toward the first parser without outweighing any margin the squash can express.
    private const float FirstBias = 1e-4f;

    /// <summary>The combination the pipeline uses when models/parser-r2l.bin is present: λ = 1, τ = <see cref="DefaultTau"/>.</summary>
    public static ParserCombination Default { get; } = new(1, DefaultTau);

    /// <summary>The margin (in perceptron score units) at which an arc's confidence is one half.</summary>
    /// <remarks>Session 9's dev grid (τ 0.25 to 64) moved LAS only between 80.25 and 80.32, all under the left-to-right parser alone (docs/notes/syntax.md).</remarks>
    public const float DefaultTau = 4;

    public ParserCombination(float lambda, float tau)
    {
        if (!(lambda >= 0) || !(tau > 0)) throw new ArgumentOutOfRangeException(nameof(tau), "the combination needs λ ≥ 0 and τ > 0");
        Lambda = lambda;
        Tau = tau;
    }

    public float Lambda { get; }
    public float Tau { get; }

    [ThreadStatic] private static ParserState? t_second;
    [ThreadStatic] private static SpanningTree? t_tree;
    [ThreadStatic] private static int[]? t_work;

    /// <summary>
    /// Parses one sentence with both parsers and leaves the combined tree in <paramref name="state"/>; the atoms are prepared
    /// afresh for each parser, since a right-to-left parser mirrors them in place.
    /// </summary>
    public void Parse(ParserModel first, ParserModel second, ParserFeatures features, ParserState state,
        ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<bool> punct)
    {
        int n = words.Length;
        features.Prepare(n, words, tags, punct);
        first.Parse(features, state, n);
        var other = t_second ??= new ParserState();
        features.Prepare(n, words, tags, punct);
        second.Parse(features, other, n);
        if (t_work is null || t_work.Length < 2 * (n + 1)) t_work = new int[Math.Max(2 * (n + 1), 512)];
        Combine(state, other, t_tree ??= new SpanningTree(), t_work.AsSpan(0, n + 1), t_work.AsSpan(n + 1, n + 1));
    }

    private float Weight(float margin) => 1 + Lambda * (margin / (margin + Tau));

    /// <summary>
    /// Replaces the tree in <paramref name="first"/> by the combination of it and <paramref name="second"/> (both over the same
    /// <c>Count</c> words, root = Count); <paramref name="tree"/> and <paramref name="heads"/> (Count + 1 long) are work space.
    /// </summary>
    public void Combine(ParserState first, ParserState second, SpanningTree tree, Span<int> heads, Span<int> labels)
    {
        int n = first.Count;
        bool agree = true;
        for (int d = 0; d < n && agree; d++) agree = first.Heads[d] == second.Heads[d];
        if (agree) return;
        int rootA = RootChild(first), rootB = RootChild(second);
        if (rootA < 0 || rootB < 0) return;
        float best = Decode(first, second, tree, rootA, heads);
        if (rootB != rootA)
        {
            // The tree must keep one word under the root: each parser's root word is tried and the better tree kept.
            var other = labels; // borrowed as the second candidate's heads before labels are needed
            float score = Decode(first, second, tree, rootB, other);
            if (score > best) other[..(n + 1)].CopyTo(heads);
        }
        for (int d = 0; d < n; d++)
        {
            int h = heads[d + 1];
            int head = h == 0 ? n : h - 1;
            labels[d] = head == first.Heads[d] || head != second.Heads[d] ? first.Labels[d] : second.Labels[d];
            heads[d] = head;
        }
        first.Reset(n);
        for (int d = 0; d < n; d++) first.AddArc(heads[d], d, labels[d]);
    }

    private static int RootChild(ParserState s)
    {
        for (int d = 0; d < s.Count; d++) if (s.Heads[d] >= s.Count || s.Heads[d] < 0) return d;
        return -1;
    }

    /// <summary>Decodes the union of the two trees with only <paramref name="rootChild"/> (if any) allowed under the root; returns the tree's score.</summary>
    private float Decode(ParserState first, ParserState second, SpanningTree tree, int rootChild, Span<int> heads)
    {
        int n = first.Count;
        tree.Begin(n + 1);
        for (int d = 0; d < n; d++)
        {
            int a = Node(first.Heads[d], n), b = Node(second.Heads[d], n);
            float wa = Weight(first.Margins[d]) + FirstBias, wb = Weight(second.Margins[d]);
            if (a == b) wa += wb;
            else if (b != 0 || d == rootChild) tree.Set(b, d + 1, wb);
            if (a != 0 || d == rootChild) tree.Set(a, d + 1, wa);
        }
        tree.Decode(heads[..(n + 1)]);
        float total = 0;
        for (int d = 0; d < n; d++)
        {
            int h = heads[d + 1];
            int a = Node(first.Heads[d], n), b = Node(second.Heads[d], n);
            float wa = Weight(first.Margins[d]) + FirstBias, wb = Weight(second.Margins[d]);
            total += a == b ? wa + wb : h == a ? wa : h == b ? wb : float.NegativeInfinity;
        }
        return total;
    }

    private static int Node(int head, int n) => head < 0 || head >= n ? 0 : head + 1;
}
