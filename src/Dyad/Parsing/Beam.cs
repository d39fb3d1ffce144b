namespace Dyad.Parsing;

/// <summary>The K best partial parses of a beam search over arc-hybrid transitions, and the candidates that extend them.</summary>
/// <remarks>
/// Used by the beam decoder and by the globally trained beam trainer alike. States come from a pool of 2K reused
/// <see cref="ParserState"/> objects: the last surviving child of an item takes the item's own state, so only items that
/// branch are copied, and nothing is allocated per step once the pool has grown. Candidates are kept sorted by score,
/// ties in the order offered, so the search is deterministic and a beam of one makes exactly the greedy choices.
/// Not thread-safe: one per thread.
/// </remarks>
internal sealed class Beam
{
    private ParserState[] _pool = [];
    private int[] _items = new int[1], _nextItems = new int[1], _parents = new int[1], _transitions = new int[1];
    private double[] _scores = new double[1];
    private int[] _cParent = new int[1], _cTransition = new int[1], _children = new int[1], _free = new int[2];
    private double[] _cScore = new double[1];
    private bool[] _used = new bool[2];
    private int _candidates;

    public int Width { get; private set; }
    public int Count { get; private set; }

    /// <summary>The i-th best item's state (0 = best).</summary>
    public ParserState Item(int i) => _pool[_items[i]];
    public double Score(int i) => _scores[i];

    /// <summary>After <see cref="Advance"/>: the rank, in the previous beam, of the item that item <paramref name="i"/> extends.</summary>
    public int Parent(int i) => _parents[i];

    /// <summary>After <see cref="Advance"/>: the transition that extends the parent into item <paramref name="i"/> (not yet applied).</summary>
    public int Transition(int i) => _transitions[i];

    /// <summary>Starts a search of width <paramref name="width"/> from the initial configuration over <paramref name="count"/> words.</summary>
    public void Start(int count, int width)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), "the beam holds at least one item");
        if (_pool.Length < 2 * width)
        {
            var pool = new ParserState[2 * width];
            _pool.CopyTo(pool, 0);
            for (int i = _pool.Length; i < pool.Length; i++) pool[i] = new ParserState();
            _pool = pool;
            _items = new int[width]; _nextItems = new int[width]; _parents = new int[width]; _transitions = new int[width];
            _scores = new double[width]; _cParent = new int[width]; _cTransition = new int[width]; _cScore = new double[width];
            _children = new int[width]; _free = new int[2 * width]; _used = new bool[2 * width];
        }
        Width = width;
        _items[0] = 0;
        _scores[0] = 0;
        _pool[0].Reset(count);
        Count = 1;
        _candidates = 0;
    }

    /// <summary>Offers the extension of item <paramref name="parent"/> by transition <paramref name="t"/> with total score <paramref name="score"/>.</summary>
    public void Offer(int parent, int t, double score)
    {
        if (_candidates == Width && score <= _cScore[_candidates - 1]) return;
        int at = _candidates < Width ? _candidates : Width - 1;
        while (at > 0 && _cScore[at - 1] < score)
        {
            _cScore[at] = _cScore[at - 1]; _cParent[at] = _cParent[at - 1]; _cTransition[at] = _cTransition[at - 1];
            at--;
        }
        _cScore[at] = score; _cParent[at] = parent; _cTransition[at] = t;
        if (_candidates < Width) _candidates++;
    }

    /// <summary>
    /// Makes the offered candidates the new beam: each gets its parent's state (copied when the parent has other children).
    /// Candidates more than <paramref name="margin"/> below the best are dropped first.
    /// </summary>
    public void Advance(double margin = double.PositiveInfinity)
    {
        while (_candidates > 1 && _cScore[_candidates - 1] < _cScore[0] - margin) _candidates--;
        int count = _candidates;
        Array.Clear(_children, 0, Count);
        for (int i = 0; i < count; i++) _children[_cParent[i]]++;
        Array.Clear(_used);
        for (int b = 0; b < Count; b++) if (_children[b] > 0) _used[_items[b]] = true;
        int free = 0;
        for (int k = 0; k < _pool.Length && free < _free.Length; k++) if (!_used[k]) _free[free++] = k;
        for (int i = 0; i < count; i++)
        {
            int p = _cParent[i];
            if (_children[p] > 1)
            {
                int k = _free[--free];
                _pool[k].CopyFrom(_pool[_items[p]]);
                _children[p]--;
                _nextItems[i] = k;
            }
            else _nextItems[i] = -1;
        }
        for (int i = 0; i < count; i++)
        {
            int p = _cParent[i];
            if (_nextItems[i] < 0) _nextItems[i] = _items[p];
            _parents[i] = p;
            _transitions[i] = _cTransition[i];
            _scores[i] = _cScore[i];
        }
        (_items, _nextItems) = (_nextItems, _items);
        Count = count;
        _candidates = 0;
    }
}
