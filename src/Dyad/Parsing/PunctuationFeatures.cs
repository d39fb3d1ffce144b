using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>Re-attaches punctuation after parsing: ranks the projective ancestors of each mark's neighbours as its head.</summary>
/// <remarks>
/// The greedy parser must attach a mark when it reaches it, before it has seen the clause the mark closes; once
/// the tree is built, a mark can be re-attached to whichever candidate the ranker prefers. Candidates are the heads
/// on the paths up from the nearest non-punctuation words on each side, stopping at the lowest word whose arc spans
/// the mark, so every choice keeps the tree projective. Not thread-safe: one instance per thread, arrays reused.
/// </remarks>
internal sealed class PunctuationFeatures
{
    public const int MaxFeatures = 24;
    private static readonly ulong DoubleQuote = FeatureHash.Lower("\""), OpenParen = FeatureHash.Lower("("), CloseParen = FeatureHash.Lower(")");
    private static readonly ulong OpenBracket = FeatureHash.Lower("["), CloseBracket = FeatureHash.Lower("]");
    private static readonly ulong OpenQuote = FeatureHash.Lower("\u201C"), CloseQuote = FeatureHash.Lower("\u201D");

    private readonly ParserFeatures _atoms;
    private int[] _depth = new int[64], _lo = new int[64], _hi = new int[64], _children = new int[64];
    private int[] _candidates = new int[64], _ranks = new int[64];
    private int _left, _right, _pair, _pairIsOpener, _previous, _candidateCount;

    public PunctuationFeatures(ParserFeatures atoms) => _atoms = atoms;

    public int CandidateCount => _candidateCount;
    public int Candidate(int k) => _candidates[k];

    /// <summary>True when word <paramref name="i"/> is punctuation without dependents: the marks that get re-attached.</summary>
    public bool IsMark(int i) => _atoms.IsPunct(i) && _children[i] == 0;

    /// <summary>Computes depths and subtree extents (punctuation leaves left out) of the finished tree in <paramref name="s"/>.</summary>
    public void Begin(ParserState s)
    {
        int n = s.Count;
        if (_depth.Length < n + 1)
        {
            int size = Math.Max(n + 1, _depth.Length * 2);
            _depth = new int[size]; _lo = new int[size]; _hi = new int[size]; _children = new int[size];
            _candidates = new int[size]; _ranks = new int[size];
        }
        for (int i = 0; i < n; i++) { _depth[i] = -1; _children[i] = 0; _lo[i] = _hi[i] = i; }
        for (int i = 0; i < n; i++) if (InSentence(s, s.Heads[i])) _children[s.Heads[i]]++;
        for (int i = 0; i < n; i++) DepthOf(s, i);
        for (int i = 0; i < n; i++)
        {
            if (IsMark(i)) continue;
            for (int a = s.Heads[i], steps = 0; InSentence(s, a) && steps < n; a = s.Heads[a], steps++)
            {
                if (i < _lo[a]) _lo[a] = i;
                if (i > _hi[a]) _hi[a] = i;
            }
        }
    }

    private static bool InSentence(ParserState s, int i) => i >= 0 && i < s.Count;

    private int DepthOf(ParserState s, int i)
    {
        if (_depth[i] >= 0) return _depth[i];
        int d = 0;
        for (int a = s.Heads[i]; InSentence(s, a) && d < s.Count; a = s.Heads[a]) d++;
        return _depth[i] = d;
    }

    /// <summary>Collects the candidate heads of mark <paramref name="p"/> (none when it has no non-punctuation neighbour).</summary>
    public void Collect(ParserState s, int p)
    {
        int n = s.Count;
        _left = p - 1;
        while (_left >= 0 && IsMark(_left)) _left--;
        _right = p + 1;
        while (_right < n && IsMark(_right)) _right++;
        if (_right >= n) _right = -1;
        // The lowest head whose arc spans p: attaching p above it would cross that arc.
        int lowest = -1;
        for (int k = 0; k < n; k++)
        {
            int h = s.Heads[k];
            if (k == p || !InSentence(s, h) || Math.Min(k, h) >= p || Math.Max(k, h) <= p) continue;
            if (lowest < 0 || _depth[h] > _depth[lowest]) lowest = h;
        }
        _candidateCount = 0;
        Walk(s, _left, lowest, 1);
        Walk(s, _right, lowest, 16);
        FindPair(s, p);
    }

    private void Walk(ParserState s, int from, int stop, int rankUnit)
    {
        int rank = 0;
        for (int a = from; InSentence(s, a) && rank < s.Count; a = s.Heads[a], rank++)
        {
            int k = Array.IndexOf(_candidates, a, 0, _candidateCount);
            if (k < 0) { k = _candidateCount++; _candidates[k] = a; _ranks[k] = 0; }
            _ranks[k] += Math.Min(rank + 1, 4) * rankUnit;
            if (a == stop) break;
        }
    }

    // The matching opening mark of a closing quote or bracket (or the closing one of an opener), and the previous mark.
    private void FindPair(ParserState s, int p)
    {
        ulong m = _atoms.Word(p);
        _pair = -1;
        _pairIsOpener = 0;
        _previous = -1;
        for (int k = p - 1; k >= 0; k--) if (IsMark(k)) { _previous = k; break; }
        if (m == DoubleQuote)
        {
            int before = 0, last = -1;
            for (int k = 0; k < p; k++) if (_atoms.Word(k) == DoubleQuote) { before++; last = k; }
            if (before % 2 == 1) { _pair = last; _pairIsOpener = 1; return; }
            for (int k = p + 1; k < s.Count; k++) if (_atoms.Word(k) == DoubleQuote) { _pair = k; _pairIsOpener = 2; return; }
            return;
        }
        ulong close = m == OpenParen ? CloseParen : m == OpenBracket ? CloseBracket : m == OpenQuote ? CloseQuote : 0;
        if (close != 0)
        {
            for (int k = p + 1; k < s.Count; k++) if (_atoms.Word(k) == close) { _pair = k; _pairIsOpener = 2; return; }
            return;
        }
        ulong open = m == CloseParen ? OpenParen : m == CloseBracket ? OpenBracket : m == CloseQuote ? OpenQuote : 0;
        if (open == 0) return;
        for (int k = p - 1; k >= 0; k--) if (_atoms.Word(k) == open) { _pair = k; _pairIsOpener = 1; return; }
    }

    /// <summary>The features of attaching mark <paramref name="p"/> to candidate number <paramref name="k"/>.</summary>
    public int Features(ParserState s, int p, int k, Span<ulong> f)
    {
        int c = _candidates[k];
        ulong m = _atoms.Word(p), ct = _atoms.Tag(c), cl = (ulong)(s.Labels[c] + 1) * 2 + (InSentence(s, s.Heads[c]) ? 0UL : 1UL);
        ulong side = c < p ? 1UL : 2UL, rank = (ulong)_ranks[k], cur = s.Heads[p] == c ? 1UL : 0UL;
        ulong dist = (ulong)Math.Min(Math.Abs(c - p), 10);
        ulong pos = (_left < 0 ? 1UL : 0) | (_right < 0 ? 2UL : 0) | (p == s.Count - 1 ? 4UL : 0);
        ulong edges = (_left >= 0 && _hi[c] == _left ? 1UL : 0) | (_right >= 0 && _lo[c] == _right ? 2UL : 0);
        ulong pair = _pair < 0 ? 0 : _pairIsOpener == 1 ? (s.Heads[_pair] == c ? 1UL : 2UL)
            : _hi[c] >= _pair ? 3UL : _hi[c] >= _pair - 1 || IsMarkRunBefore(_hi[c], _pair) ? 4UL : 5UL;
        ulong previous = _previous < 0 ? 0 : FeatureHash.Of(0, s.Heads[_previous] == c ? 1UL : 2UL, _atoms.Word(_previous));
        ulong lt = _atoms.Tag(_left), rt = _atoms.Tag(_right);
        ulong mSide = FeatureHash.Of(0, m, side * 64 + rank);
        int n = 0;
        f[n++] = FeatureHash.Of(400, mSide);
        f[n++] = FeatureHash.Of(401, m, cur);
        f[n++] = FeatureHash.Of(402, mSide, ct);
        f[n++] = FeatureHash.Of(403, mSide, cl);
        f[n++] = FeatureHash.Of(404, FeatureHash.Of(0, m, cur), ct, cl);
        f[n++] = FeatureHash.Of(405, m, side * 16 + dist);
        f[n++] = FeatureHash.Of(406, mSide, pos * 2 + (cl & 1));
        f[n++] = FeatureHash.Of(407, m, side * 4 + edges);
        f[n++] = FeatureHash.Of(408, m, side * 8 + pair);
        f[n++] = FeatureHash.Of(409, m, previous);
        f[n++] = FeatureHash.Of(410, mSide, _atoms.Word(_right));
        f[n++] = FeatureHash.Of(411, FeatureHash.Of(0, m, side), lt, rt);
        f[n++] = FeatureHash.Of(412, FeatureHash.Of(0, ct, cl), rt, side);
        f[n++] = FeatureHash.Of(413, FeatureHash.Of(0, ct, cl), lt, side);
        f[n++] = FeatureHash.Of(414, m, _atoms.Word(c), side);
        f[n++] = FeatureHash.Of(415, FeatureHash.Of(0, cur, rank), ct, cl);
        f[n++] = FeatureHash.Of(416, m, cl, edges * 2 + cur);
        f[n++] = FeatureHash.Of(417, mSide, ct, edges);
        f[n++] = FeatureHash.Of(418, mSide, (ulong)Math.Min(_candidateCount, 6));
        f[n++] = FeatureHash.Of(419, m, side * 16 + (ulong)Math.Min(_depth[c], 8));
        f[n++] = FeatureHash.Of(420, m, pair, cl);
        f[n++] = FeatureHash.Of(421, mSide, _atoms.Word(_left));
        f[n++] = FeatureHash.Of(422, m, pos, cur);
        f[n++] = FeatureHash.Of(423, mSide, ct, cur);
        return n;
    }

    private bool IsMarkRunBefore(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (!IsMark(k)) return false;
        return true;
    }

    /// <summary>True when mark <paramref name="p"/> is one to (re-)attach: attached by the parser, or left unattached (head -1) when punctuation was set aside.</summary>
    public bool ToAttach(ParserState s, int p, bool aside) => IsMark(p) && (aside ? s.Heads[p] < 0 : InSentence(s, s.Heads[p]));

    /// <summary>
    /// (Re-)attaches every mark of the finished tree in <paramref name="s"/> to its best-scoring candidate; with no model
    /// (while the parser itself trains), each unattached mark goes to its nearest left neighbour, else its right one.
    /// </summary>
    public void Attach(PerceptronModel? model, ParserState s, int punctLabel, bool aside)
    {
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<int> score = stackalloc int[1];
        Begin(s);
        for (int p = 0; p < s.Count; p++)
        {
            if (!ToAttach(s, p, aside)) continue;
            Collect(s, p);
            int best = _candidateCount > 0 ? 0 : -1, bestScore = int.MinValue;
            for (int k = 0; model is not null && k < _candidateCount; k++)
            {
                score[0] = 0;
                model.Score(f[..Features(s, p, k, f)], score);
                if (score[0] > bestScore) { best = k; bestScore = score[0]; }
            }
            if (best < 0)
            {
                if (s.Heads[p] >= 0) continue;
                best = 0;
                _candidates[0] = RootWord(s);
            }
            s.Heads[p] = _candidates[best];
            if (punctLabel >= 0) s.Labels[p] = punctLabel;
        }
    }

    private static int RootWord(ParserState s)
    {
        for (int i = 0; i < s.Count; i++) if (s.Heads[i] == s.Count) return i;
        return s.Count;
    }
}
