using System.Runtime.InteropServices;

namespace Dyad.Training;

/// <summary>The bigram counts of a token stream, as successor and predecessor lists per word id (each sorted by id).</summary>
internal sealed class WordBigrams
{
    public WordBigrams(int[] tokens, int vocabulary)
    {
        Vocabulary = vocabulary;
        var keys = new long[Math.Max(tokens.Length - 1, 0)];
        for (int i = 1; i < tokens.Length; i++) keys[i - 1] = (long)tokens[i - 1] * vocabulary + tokens[i];
        Array.Sort(keys);
        var pairs = new List<(int U, int W, int N)>();
        for (int i = 0; i < keys.Length;)
        {
            int j = i;
            while (j < keys.Length && keys[j] == keys[i]) j++;
            pairs.Add(((int)(keys[i] / vocabulary), (int)(keys[i] % vocabulary), j - i));
            i = j;
        }
        Total = keys.Length;
        (SuccStart, Succ, SuccCount) = Lists(pairs, vocabulary, p => p.U, p => p.W);
        pairs.Sort((x, y) => x.W != y.W ? x.W.CompareTo(y.W) : x.U.CompareTo(y.U));
        (PredStart, Pred, PredCount) = Lists(pairs, vocabulary, p => p.W, p => p.U);
    }

    public int Vocabulary { get; }
    public long Total { get; }
    public int[] SuccStart { get; }
    public int[] Succ { get; }
    public int[] SuccCount { get; }
    public int[] PredStart { get; }
    public int[] Pred { get; }
    public int[] PredCount { get; }

    private static (int[] Start, int[] Other, int[] Count) Lists(List<(int U, int W, int N)> pairs, int vocabulary, Func<(int U, int W, int N), int> key, Func<(int U, int W, int N), int> other)
    {
        var start = new int[vocabulary + 1];
        foreach (var p in pairs) start[key(p) + 1]++;
        for (int v = 0; v < vocabulary; v++) start[v + 1] += start[v];
        var ids = new int[pairs.Count];
        var counts = new int[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            ids[i] = other(pairs[i]);
            counts[i] = pairs[i].N;
        }
        return (start, ids, counts);
    }
}

/// <summary>The exchange algorithm for one number of classes: each word in turn moves to the class that most raises the class bigram likelihood.</summary>
/// <remarks>
/// The likelihood, up to a constant, is Σ N(c,d) log N(c,d) − Σ L(c) log L(c) − Σ R(c) log R(c) over class bigram counts N and
/// their row and column sums (Martin, Liermann and Ney 1998). Taking a word out and putting it into class b changes only
/// row b and column b where the word's neighbours' classes lie, so a candidate costs the number of distinct neighbouring
/// classes, not the number of classes. Ids 0 (line end) and 1 (rare words) keep fixed classes of their own.
/// </remarks>
internal sealed class ExchangeClustering
{
    private readonly WordBigrams _b;
    private readonly int _k, _c;
    private readonly int[] _class, _n, _nt, _left, _right, _wordLeft, _wordRight;
    private readonly double[] _xlogx;

    public ExchangeClustering(WordBigrams bigrams, int classes, int seed)
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), "at least two classes");
        _b = bigrams;
        _k = classes;
        _c = classes + 2;
        int v = bigrams.Vocabulary;
        _class = new int[v];
        _class[0] = _k;
        _class[1] = _k + 1;
        // The most frequent words seed one class each; the rest start in seeded random classes.
        var random = new Random(seed);
        for (int w = 2; w < v; w++) _class[w] = w - 2 < _k ? w - 2 : random.Next(_k);
        _wordLeft = new int[v];
        _wordRight = new int[v];
        for (int w = 0; w < v; w++)
        {
            for (int i = bigrams.SuccStart[w]; i < bigrams.SuccStart[w + 1]; i++) _wordLeft[w] += bigrams.SuccCount[i];
            for (int i = bigrams.PredStart[w]; i < bigrams.PredStart[w + 1]; i++) _wordRight[w] += bigrams.PredCount[i];
        }
        _n = new int[_c * _c];
        _nt = new int[_c * _c];
        _left = new int[_c];
        _right = new int[_c];
        for (int u = 0; u < v; u++)
        {
            _left[_class[u]] += _wordLeft[u];
            _right[_class[u]] += _wordRight[u];
            for (int i = bigrams.SuccStart[u]; i < bigrams.SuccStart[u + 1]; i++)
            {
                int a = _class[u], d = _class[bigrams.Succ[i]];
                _n[a * _c + d] += bigrams.SuccCount[i];
                _nt[d * _c + a] += bigrams.SuccCount[i];
            }
        }
        _xlogx = new double[bigrams.Total + 1];
        for (long x = 1; x <= bigrams.Total; x++) _xlogx[x] = x * Math.Log(x);
    }

    /// <summary>The class bigram log-likelihood up to a constant (higher is better).</summary>
    public double Objective()
    {
        double sum = 0;
        foreach (int x in _n) sum += _xlogx[x];
        for (int c = 0; c < _c; c++) sum -= _xlogx[_left[c]] + _xlogx[_right[c]];
        return sum;
    }

    /// <summary>Passes over the words (most frequent first) until fewer than one in a thousand moves, or <paramref name="maxIterations"/>.</summary>
    public void Run(int maxIterations, Action<string>? log)
    {
        int words = _b.Vocabulary - 2;
        var succ = new int[_c];
        var pred = new int[_c];
        var succClasses = new List<int>();
        var predClasses = new List<int>();
        for (int it = 1; it <= maxIterations; it++)
        {
            int moves = 0;
            for (int w = 2; w < _b.Vocabulary; w++)
            {
                int self = Gather(w, _b.SuccStart, _b.Succ, _b.SuccCount, succ, succClasses);
                Gather(w, _b.PredStart, _b.Pred, _b.PredCount, pred, predClasses);
                int from = _class[w];
                Move(w, from, succ, succClasses, pred, predClasses, self, -1);
                int best = from;
                double bestGain = Gain(w, from, succ, succClasses, pred, predClasses, self);
                for (int b = 0; b < _k; b++)
                {
                    if (b == from) continue;
                    double gain = Gain(w, b, succ, succClasses, pred, predClasses, self);
                    if (gain > bestGain + 1e-9) (best, bestGain) = (b, gain);
                }
                Move(w, best, succ, succClasses, pred, predClasses, self, +1);
                _class[w] = best;
                if (best != from) moves++;
                foreach (int c in succClasses) succ[c] = 0;
                foreach (int c in predClasses) pred[c] = 0;
            }
            log?.Invoke($"clusters {_k}: pass {it}, {moves:N0} of {words:N0} words moved, objective {Objective():F0}");
            if (moves * 1000L < words) break;
        }
    }

    /// <summary>The classes of words 2… (the kept words in frequency order).</summary>
    public int[] Classes() => _class[2..];

    // Sums word w's neighbours' counts by class (itself left out); returns the count of the bigram (w, w).
    private int Gather(int w, int[] start, int[] other, int[] count, int[] byClass, List<int> touched)
    {
        touched.Clear();
        int self = 0;
        for (int i = start[w]; i < start[w + 1]; i++)
        {
            int u = other[i];
            if (u == w)
            {
                self = count[i];
                continue;
            }
            int c = _class[u];
            if (byClass[c] == 0) touched.Add(c);
            byClass[c] += count[i];
        }
        return self;
    }

    private void Move(int w, int a, int[] succ, List<int> succClasses, int[] pred, List<int> predClasses, int self, int sign)
    {
        foreach (int c in CollectionsMarshal.AsSpan(succClasses))
        {
            _n[a * _c + c] += sign * succ[c];
            _nt[c * _c + a] += sign * succ[c];
        }
        foreach (int c in CollectionsMarshal.AsSpan(predClasses))
        {
            _n[c * _c + a] += sign * pred[c];
            _nt[a * _c + c] += sign * pred[c];
        }
        _n[a * _c + a] += sign * self;
        _nt[a * _c + a] += sign * self;
        _left[a] += sign * _wordLeft[w];
        _right[a] += sign * _wordRight[w];
    }

    // The objective's change if word w (taken out of every class) joined class b.
    private double Gain(int w, int b, int[] succ, List<int> succClasses, int[] pred, List<int> predClasses, int self)
    {
        var f = _xlogx;
        int row = b * _c;
        double gain = 0;
        foreach (int c in CollectionsMarshal.AsSpan(succClasses))
        {
            int x = _n[row + c];
            gain += f[x + succ[c]] - f[x];
        }
        foreach (int c in CollectionsMarshal.AsSpan(predClasses))
        {
            int x = _nt[row + c];
            gain += f[x + pred[c]] - f[x];
        }
        // N(b,b) takes the word's bigrams with b on both sides and with itself at once, not as two separate sums.
        int bb = _n[row + b], sb = succ[b], pb = pred[b];
        if (sb > 0) gain -= f[bb + sb] - f[bb];
        if (pb > 0) gain -= f[bb + pb] - f[bb];
        gain += f[bb + sb + pb + self] - f[bb];
        gain -= f[_left[b] + _wordLeft[w]] - f[_left[b]] + f[_right[b] + _wordRight[w]] - f[_right[b]];
        return gain;
    }
}
