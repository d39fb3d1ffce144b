namespace Dyad.Parsing;

/// <summary>An arc-hybrid configuration over one sentence: a stack, a buffer front, and the arcs built so far.</summary>
/// <remarks>
/// Words are 0..n-1; the artificial root is word n at the end of the buffer, so it can take only one
/// dependent (LEFT from a stack of one). Arrays are reused across sentences: nothing is allocated per word.
/// </remarks>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2, TransitionCount = 3;

    private int[] _stack = new int[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    // The two leftmost and two rightmost dependents of each word (-1 when none), and dependent counts.
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    // The set of relations (as bits of label mod 64) on each word's left and right dependents: Zhang and Nivre's label sets.
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];
    // How sure the greedy parser was of the transition that made each word's arc (score margin over the next legal transition;
    // 0 when forced or not greedy): a parser combination weighs the arc by it.
    public float[] Margins = new float[64];

    public int Count { get; private set; }
    public int StackSize { get; private set; }
    public int Buffer { get; private set; }
    public int Root => Count;

    public void Reset(int n)
    {
        Count = n;
        if (Heads.Length < n + 1)
        {
            int size = Math.Max(n + 1, Heads.Length * 2);
            _stack = new int[size]; Heads = new int[size]; Labels = new int[size];
            Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
            Margins = new float[size];
        }
        for (int i = 0; i <= n; i++)
        {
            Heads[i] = -1; Labels[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            Margins[i] = 0;
        }
        StackSize = 0;
        Buffer = 0;
    }

    /// <summary>Becomes a copy of <paramref name="other"/>, touching only its words (the beam copies states at every step).</summary>
    public void CopyFrom(ParserState other)
    {
        int n = other.Count;
        if (Heads.Length < n + 1) Reset(n);
        Count = n;
        StackSize = other.StackSize;
        Buffer = other.Buffer;
        other._stack.AsSpan(0, StackSize).CopyTo(_stack);
        other.Heads.AsSpan(0, n + 1).CopyTo(Heads);
        other.Labels.AsSpan(0, n + 1).CopyTo(Labels);
        other.Left1.AsSpan(0, n + 1).CopyTo(Left1);
        other.Left2.AsSpan(0, n + 1).CopyTo(Left2);
        other.Right1.AsSpan(0, n + 1).CopyTo(Right1);
        other.Right2.AsSpan(0, n + 1).CopyTo(Right2);
        other.LeftCount.AsSpan(0, n + 1).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, n + 1).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, n + 1).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, n + 1).CopyTo(RightLabels);
        other.Margins.AsSpan(0, n + 1).CopyTo(Margins);
    }

    public bool IsTerminal => StackSize == 0 && Buffer == Count;

    /// <summary>The k-th stack item from the top (0 = top), or -1.</summary>
    public int Stack(int k) => k < StackSize ? _stack[StackSize - 1 - k] : -1;

    /// <summary>The k-th buffer item (0 = front, the root is last), or -1.</summary>
    public int BufferAt(int k) => Buffer + k <= Count ? Buffer + k : -1;

    public bool IsLegal(int t) => t switch
    {
        Shift => Buffer < Count,
        Left => StackSize > 0 && (Buffer < Count || StackSize == 1),
        Right => StackSize > 1,
        _ => false,
    };

    /// <summary>The (head, dependent) an arc transition would add, or (-1, -1) for SHIFT.</summary>
    public (int Head, int Dependent) ArcOf(int t) => t switch
    {
        Left => (Buffer, Stack(0)),
        Right => (Stack(1), Stack(0)),
        _ => (-1, -1),
    };

    /// <summary>Applies a legal transition; arcs get <paramref name="label"/>.</summary>
    public void Apply(int t, int label)
    {
        if (t == Shift)
        {
            _stack[StackSize++] = Buffer++;
            return;
        }
        var (head, dep) = ArcOf(t);
        StackSize--;
        AddArc(head, dep, label);
    }

    /// <summary>Resets to a finished tree (heads 0-based, -1 or n for the root): children and label sets as parsing would leave them.</summary>
    public void SetTree(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels)
    {
        Reset(heads.Length);
        for (int i = 0; i < heads.Length; i++) AddArc(heads[i] < 0 ? Count : heads[i], i, labels[i]);
        Buffer = Count;
    }

    /// <summary>Adds the arc head → dep with its children and label-set bookkeeping (head = Count for the root).</summary>
    public void AddArc(int head, int dep, int label)
    {
        Heads[dep] = head;
        Labels[dep] = label;
        if (dep < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (Left1[head] < 0 || dep < Left1[head]) { Left2[head] = Left1[head]; Left1[head] = dep; }
            else if (Left2[head] < 0 || dep < Left2[head]) Left2[head] = dep;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
            if (Right1[head] < 0 || dep > Right1[head]) { Right2[head] = Right1[head]; Right1[head] = dep; }
            else if (Right2[head] < 0 || dep > Right2[head]) Right2[head] = dep;
        }
    }

    /// <summary>
    /// How many gold arcs a transition makes unreachable (Goldberg and Nivre 2013, arc-hybrid);
    /// <paramref name="gold"/> holds each word's gold head, the root as <see cref="Root"/>.
    /// </summary>
    public int Cost(int t, ReadOnlySpan<int> gold)
    {
        int s0 = Stack(0), s1 = Stack(1), b = Buffer;
        int cost = 0;
        switch (t)
        {
            case Shift:
                for (int k = 0; k < StackSize; k++)
                {
                    int s = _stack[k];
                    if (gold[s] == b) cost++;
                    if (s != s0 && gold[b] == s) cost++;
                }
                return cost;
            case Left:
                if (gold[s0] != b && (gold[s0] == s1 || gold[s0] > b)) cost++;
                for (int d = b; d < Count; d++) if (gold[d] == s0) cost++;
                return cost;
            default:
                if (gold[s0] != s1 && gold[s0] >= b) cost++;
                for (int d = b; d < Count; d++) if (gold[d] == s0) cost++;
                return cost;
        }
    }
}
