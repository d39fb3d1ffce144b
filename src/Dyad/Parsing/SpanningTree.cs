using System.Buffers;

namespace Dyad.Parsing;

/// <summary>The maximum spanning arborescence of a dense arc-score matrix (Chu-Liu-Edmonds), node 0 the root.</summary>
/// <remarks>
/// Cycles of the greedy best-head graph are contracted into one node, the graph solved again and the cycle broken where the
/// winning arc enters it (the contraction bookkeeping follows AllenNLP's decode_mst). The matrix and work arrays are reused
/// across sentences; only a sentence with a cycle rents two small arrays per contraction. Not thread-safe: one per thread.
/// </remarks>
internal sealed class SpanningTree
{
    private float[] _score = new float[64 * 64];
    private int[] _oldIn = new int[64 * 64], _oldOut = new int[64 * 64];
    private int[] _final = new int[64], _stamp = new int[64];
    private bool[] _current = new bool[64];
    private int[] _group = new int[64];
    private int _size;

    /// <summary>Starts a graph of <paramref name="size"/> nodes (root 0) with no arcs; set arcs with <see cref="Set"/>.</summary>
    public void Begin(int size)
    {
        _size = size;
        if (_final.Length < size)
        {
            int n = Math.Max(size, _final.Length * 2);
            _score = new float[n * n]; _oldIn = new int[n * n]; _oldOut = new int[n * n];
            _final = new int[n]; _stamp = new int[n]; _current = new bool[n]; _group = new int[n];
        }
        _score.AsSpan(0, size * size).Fill(float.NegativeInfinity);
    }

    /// <summary>Sets the score of the arc <paramref name="head"/> → <paramref name="dependent"/> (arcs left unset are absent).</summary>
    public void Set(int head, int dependent, float score) => _score[head * _size + dependent] = score;

    public float Score(int head, int dependent) => _score[head * _size + dependent];

    /// <summary>Finds the best tree; <paramref name="heads"/>[d] gets each node's head (-1 for the root). The matrix is consumed.</summary>
    public void Decode(Span<int> heads)
    {
        int size = _size;
        for (int h = 0; h < size; h++)
            for (int d = 0; d < size; d++) { _oldIn[h * size + d] = h; _oldOut[h * size + d] = d; }
        for (int i = 0; i < size; i++) { _current[i] = true; _final[i] = -2; _group[i] = i; }
        Solve();
        heads[0] = -1;
        for (int d = 1; d < size; d++) heads[d] = _final[d];
    }

    private void Solve()
    {
        int size = _size;
        var parents = ArrayPool<int>.Shared.Rent(size);
        try
        {
            parents[0] = -1;
            for (int d = 1; d < size; d++)
            {
                parents[d] = 0;
                if (!_current[d]) continue;
                float best = _score[d];
                for (int h = 1; h < size; h++)
                    if (h != d && _current[h] && _score[h * size + d] > best) { best = _score[h * size + d]; parents[d] = h; }
            }
            int cycleStart = FindCycle(parents);
            if (cycleStart < 0)
            {
                for (int d = 1; d < size; d++)
                    if (_current[d]) _final[_oldOut[parents[d] * size + d]] = _oldIn[parents[d] * size + d];
                return;
            }
            Contract(parents, cycleStart);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(parents);
        }
    }

    /// <summary>A node on a cycle of <paramref name="parents"/> among the current nodes, or -1.</summary>
    private int FindCycle(int[] parents)
    {
        _stamp.AsSpan(0, _size).Fill(0);
        for (int i = 1; i < _size; i++)
        {
            if (_stamp[i] != 0 || !_current[i]) continue;
            int node = i;
            // Walk up from i, stamping the path with i; meeting the stamp again closes a cycle, meeting another stamp or the root does not.
            while (node > 0 && _stamp[node] == 0) { _stamp[node] = i; node = parents[node]; }
            if (node > 0 && _stamp[node] == i) return node;
        }
        return -1;
    }

    private void Contract(int[] parents, int start)
    {
        int size = _size;
        // The cycle's nodes, then (after the recursion) the original nodes each stood for, to find where the tree enters it.
        var cycle = ArrayPool<int>.Shared.Rent(2 * size);
        try
        {
            int length = 0;
            float weight = 0;
            for (int node = start; length == 0 || node != start; node = parents[node])
            {
                cycle[length++] = node;
                weight += _score[parents[node] * size + node];
            }
            int rep = cycle[0];
            for (int node = 0; node < size; node++)
            {
                if (!_current[node] || InCycle(cycle, length, node)) continue;
                float outBest = float.NegativeInfinity, inBest = float.NegativeInfinity;
                int outFrom = -1, inTo = -1;
                for (int k = 0; k < length; k++)
                {
                    int c = cycle[k];
                    if (outFrom < 0 || _score[c * size + node] > outBest) { outBest = _score[c * size + node]; outFrom = c; }
                    float entering = weight + _score[node * size + c] - _score[parents[c] * size + c];
                    if (inTo < 0 || entering > inBest) { inBest = entering; inTo = c; }
                }
                _score[rep * size + node] = outBest;
                _oldIn[rep * size + node] = _oldIn[outFrom * size + node];
                _oldOut[rep * size + node] = _oldOut[outFrom * size + node];
                _score[node * size + rep] = inBest;
                _oldIn[node * size + rep] = _oldIn[node * size + inTo];
                _oldOut[node * size + rep] = _oldOut[node * size + inTo];
            }
            // Remember which original nodes each cycle node stood for (as its position in the cycle), then merge them into rep.
            var member = cycle.AsSpan(size, size);
            for (int x = 0; x < size; x++)
            {
                int k = IndexInCycle(cycle, length, _group[x]);
                member[x] = k;
                if (k > 0) _group[x] = rep;
            }
            for (int k = 1; k < length; k++) _current[cycle[k]] = false;
            Solve();
            int key = -1;
            for (int x = 0; x < size && key < 0; x++) if (member[x] >= 0 && _final[x] != -2) key = cycle[member[x]];
            for (int prev = parents[key]; prev != key; prev = parents[prev])
                _final[_oldOut[parents[prev] * size + prev]] = _oldIn[parents[prev] * size + prev];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(cycle);
        }
    }

    private static bool InCycle(int[] cycle, int length, int node) => IndexInCycle(cycle, length, node) >= 0;

    private static int IndexInCycle(int[] cycle, int length, int node)
    {
        for (int k = 0; k < length; k++) if (cycle[k] == node) return k;
        return -1;
    }
}
