using Dyad.Learning;

namespace Dyad.Parsing;

/// <summary>Hashed features for the parser's transition and label classifiers, over per-word atoms computed once per sentence.</summary>
/// <remarks>Not thread-safe: one instance per thread; no allocation per word once the arrays have grown.</remarks>
internal sealed partial class ParserFeatures
{
    public const int MaxTransitionFeatures = 128;
    public const int MaxLabelFeatures = 48;
    private static readonly ulong NoneAtom = FeatureHash.Text("<none>");
    private static readonly ulong RootAtom = FeatureHash.Text("<root>");

    // Index i+1 holds word i; index 0 is "no word" (-1), index n+1 the root.
    private ulong[] _word = new ulong[64], _tag = new ulong[64];
    private bool[] _punct = new bool[64];
    private PunctuationFeatures? _punctuation;

    /// <summary>Sets the word and tag atoms of one sentence of <paramref name="count"/> words, and which words are punctuation (UPOS PUNCT).</summary>
    /// <remarks>The class and cluster atoms (<see cref="ParserClasses"/>) are given only for a model that carries them; empty spans leave their templates out.</remarks>
    public void Prepare(int count, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<bool> punct,
        ReadOnlySpan<ulong> senses = default, ReadOnlySpan<ulong> ambiguity = default, ReadOnlySpan<ulong> coarse = default, ReadOnlySpan<ulong> fine = default)
    {
        if (_word.Length < count + 2)
        {
            _word = new ulong[Math.Max(count + 2, _word.Length * 2)];
            _tag = new ulong[_word.Length];
            _punct = new bool[_word.Length];
            _fullWord = new ulong[_word.Length]; _fullTag = new ulong[_word.Length];
            _keep = new int[_word.Length]; _markBefore = new ulong[_word.Length]; _markAfter = new ulong[_word.Length];
        }
        _word[0] = _tag[0] = NoneAtom;
        _word[count + 1] = _tag[count + 1] = RootAtom;
        words[..count].CopyTo(_word.AsSpan(1));
        tags[..count].CopyTo(_tag.AsSpan(1));
        punct[..count].CopyTo(_punct);
        _word.AsSpan(0, count + 2).CopyTo(_fullWord);
        _tag.AsSpan(0, count + 2).CopyTo(_fullTag);
        _fullCount = count;
        _compact = false;
        PrepareClasses(count, senses, ambiguity);
        PrepareClusters(count, coarse, fine);
    }

    /// <summary>The punctuation re-attachment features over this sentence's atoms (one per thread, like this instance).</summary>
    public PunctuationFeatures Punctuation => _punctuation ??= new PunctuationFeatures(this);

    /// <summary>The word atom of word <paramref name="i"/> of the whole sentence (-1: none), whether or not punctuation is set aside.</summary>
    public ulong Word(int i) => _fullWord[i + 1];
    public ulong Tag(int i) => _fullTag[i + 1];
    public bool IsPunct(int i) => _punct[i];
    private ulong W(int i) => _word[i + 1];
    private ulong T(int i) => _tag[i + 1];
    private static ulong L(ParserState s, int i) => i < 0 ? 0xFFFF : (ulong)(s.Labels[i] + 1);

    public int Transition(ParserState s, Span<ulong> f)
    {
        int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2);
        int b0 = s.BufferAt(0), b1 = s.BufferAt(1), b2 = s.BufferAt(2);
        ulong s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0);
        ulong b1w = W(b1), b1t = T(b1), b2t = T(b2), s2t = T(s2);
        int s0l1 = s0 < 0 ? -1 : s.Left1[s0], s0l2 = s0 < 0 ? -1 : s.Left2[s0];
        int s0r1 = s0 < 0 ? -1 : s.Right1[s0], s0r2 = s0 < 0 ? -1 : s.Right2[s0];
        int s1l1 = s1 < 0 ? -1 : s.Left1[s1], s1r1 = s1 < 0 ? -1 : s.Right1[s1];
        int b0l1 = b0 < 0 ? -1 : s.Left1[b0], b0l2 = b0 < 0 ? -1 : s.Left2[b0];
        ulong dist = s0 < 0 || b0 < 0 ? 0 : (ulong)Math.Min(b0 - s0, 6);
        ulong s0val = s0 < 0 ? 0 : (ulong)(Math.Min(s.LeftCount[s0], 3) * 4 + Math.Min(s.RightCount[s0], 3));
        ulong b0val = b0 < 0 ? 0 : (ulong)Math.Min(s.LeftCount[b0], 3);
        int n = 0;
        f[n++] = FeatureHash.Of(100, s0w);
        f[n++] = FeatureHash.Of(101, s0t);
        f[n++] = FeatureHash.Of(102, s0w, s0t);
        f[n++] = FeatureHash.Of(103, s1w);
        f[n++] = FeatureHash.Of(104, s1t);
        f[n++] = FeatureHash.Of(105, s1w, s1t);
        f[n++] = FeatureHash.Of(106, b0w);
        f[n++] = FeatureHash.Of(107, b0t);
        f[n++] = FeatureHash.Of(108, b0w, b0t);
        f[n++] = FeatureHash.Of(109, b1w);
        f[n++] = FeatureHash.Of(110, b1t);
        f[n++] = FeatureHash.Of(111, b2t);
        f[n++] = FeatureHash.Of(112, s2t);
        f[n++] = FeatureHash.Of(113, s0w, b0w);
        f[n++] = FeatureHash.Of(114, s0t, b0t);
        f[n++] = FeatureHash.Of(115, s0w, s0t, b0t);
        f[n++] = FeatureHash.Of(116, s0t, b0w, b0t);
        f[n++] = FeatureHash.Of(117, s1t, s0t);
        f[n++] = FeatureHash.Of(118, s1t, s0t, b0t);
        f[n++] = FeatureHash.Of(119, s0t, b0t, b1t);
        f[n++] = FeatureHash.Of(120, b0t, b1t, b2t);
        f[n++] = FeatureHash.Of(121, s1w, s0w);
        f[n++] = FeatureHash.Of(122, s2t, s1t, s0t);
        f[n++] = FeatureHash.Of(123, s0t, L(s, s0l1));
        f[n++] = FeatureHash.Of(124, s0t, L(s, s0r1));
        f[n++] = FeatureHash.Of(125, b0t, L(s, b0l1));
        f[n++] = FeatureHash.Of(126, s1t, L(s, s1r1));
        f[n++] = FeatureHash.Of(127, s0t, T(s0l1), b0t);
        f[n++] = FeatureHash.Of(128, s0t, T(s0r1), b0t);
        f[n++] = FeatureHash.Of(129, b0t, T(b0l1), s0t);
        f[n++] = FeatureHash.Of(130, s0w, dist);
        f[n++] = FeatureHash.Of(131, s0t, b0t, dist);
        f[n++] = FeatureHash.Of(132, s0t, s0val);
        f[n++] = FeatureHash.Of(133, b0t, b0val);
        f[n++] = FeatureHash.Of(134, s0t, L(s, s0l1), L(s, s0l2));
        f[n++] = FeatureHash.Of(135, b0t, L(s, b0l1), L(s, b0l2));
        f[n++] = FeatureHash.Of(136, s0t, L(s, s0r1), L(s, s0r2));
        f[n++] = FeatureHash.Of(137, s1w, s0t);
        f[n++] = FeatureHash.Of(138, s0w, s1t);
        f[n++] = FeatureHash.Of(139, b0w, s0t);
        f[n++] = FeatureHash.Of(140, s0w, b0t);
        f[n++] = FeatureHash.Of(141, b0w, b1w);
        f[n++] = FeatureHash.Of(142, s1t, L(s, s1l1));
        f[n++] = FeatureHash.Of(143, s0w, s0val);
        f[n++] = FeatureHash.Of(144, b0w, b0val);
        f[n++] = FeatureHash.Of(145, s1t, s0t, s0val);
        f[n++] = FeatureHash.Of(146, s0t, b0t, (ulong)Math.Min(s.StackSize, 4));
        // Zhang and Nivre (2011): word-and-tag pairs across s0/b0, second-order children, distance with words.
        f[n++] = FeatureHash.Of(147, FeatureHash.Of(0, s0w, s0t), b0w, b0t);
        f[n++] = FeatureHash.Of(148, s0w, s0t, b0w);
        f[n++] = FeatureHash.Of(149, s0w, b0w, b0t);
        f[n++] = FeatureHash.Of(150, b0t, b1t);
        f[n++] = FeatureHash.Of(151, b0w, b1t);
        f[n++] = FeatureHash.Of(152, b0w, b0t, b1t);
        f[n++] = FeatureHash.Of(153, s0t, T(s0l1), T(s0l2));
        f[n++] = FeatureHash.Of(154, s0t, T(s0r1), T(s0r2));
        f[n++] = FeatureHash.Of(155, b0t, T(b0l1), T(b0l2));
        f[n++] = FeatureHash.Of(156, W(s0l1));
        f[n++] = FeatureHash.Of(157, W(s0r1));
        f[n++] = FeatureHash.Of(158, W(b0l1));
        f[n++] = FeatureHash.Of(159, b0w, dist);
        f[n++] = FeatureHash.Of(160, s0w, b0w, dist);
        f[n++] = FeatureHash.Of(161, s1t, s0w, s0t);
        f[n++] = FeatureHash.Of(162, s1w, s1t, s0t);
        f[n++] = FeatureHash.Of(163, s1t, s1r1 < 0 ? 0 : T(s1r1), s0t);
        f[n++] = FeatureHash.Of(164, s1t, s0t, b1t);
        f[n++] = FeatureHash.Of(165, T(s2), s0t, b0t);
        f[n++] = FeatureHash.Of(166, s1w, b0w);
        f[n++] = FeatureHash.Of(167, s1t, b0t);
        f[n++] = FeatureHash.Of(168, s0t, b0t, L(s, s0l1));
        // Label sets of the children built so far (Zhang and Nivre 2011), and the s1–s0 distance a RIGHT arc would span.
        ulong s0ll = s0 < 0 ? 0 : s.LeftLabels[s0], s0rl = s0 < 0 ? 0 : s.RightLabels[s0], b0ll = b0 < 0 ? 0 : s.LeftLabels[b0];
        ulong d10 = s1 < 0 || s0 < 0 ? 0 : (ulong)Math.Min(s0 - s1, 6);
        f[n++] = FeatureHash.Of(169, s0t, s0ll);
        f[n++] = FeatureHash.Of(170, s0t, s0rl);
        f[n++] = FeatureHash.Of(171, b0t, b0ll);
        f[n++] = FeatureHash.Of(172, s0w, s0ll);
        f[n++] = FeatureHash.Of(173, s0w, s0rl);
        f[n++] = FeatureHash.Of(174, b0w, b0ll);
        f[n++] = FeatureHash.Of(175, s1t, s1 < 0 ? 0 : s.RightLabels[s1]);
        f[n++] = FeatureHash.Of(176, s1t, s0t, d10);
        f[n++] = FeatureHash.Of(177, s1w, d10);
        f[n++] = FeatureHash.Of(178, W(b2));
        f[n++] = FeatureHash.Of(179, b1t, b2t, T(s.BufferAt(3)));
        if (_compact) n = MarkTransitionFeatures(s0, s1, b0, s0t, s1t, b0t, s0w, b0w, f, n);
        if (_senses || _ambiguous) n = ClassTransitionFeatures(s, s0, s1, b0, b1, s0w, s1w, b0w, s0t, f, n);
        if (_clustered) n = ClusterTransitionFeatures(s, s0, s1, b0, s0w, s0t, b0w, b0t, f, n);
        return n;
    }

    /// <summary>Features for labelling the arc <paramref name="head"/> → <paramref name="dep"/> the parser has just chosen.</summary>
    public int Label(ParserState s, int head, int dep, Span<ulong> f)
    {
        ulong hw = W(head), ht = T(head), dw = W(dep), dt = T(dep);
        ulong dir = head > dep ? 1UL : 2UL;
        ulong dist = (ulong)Math.Min(Math.Abs(head - dep), 8) * 4 + dir;
        int dl1 = s.Left1[dep], dr1 = s.Right1[dep], hl1 = s.Left1[head], hr1 = s.Right1[head];
        ulong before = dep > 0 ? T(dep - 1) : NoneAtom;
        ulong after = dep + 1 < s.Count ? T(dep + 1) : RootAtom;
        int n = 0;
        f[n++] = FeatureHash.Of(200, dir);
        f[n++] = FeatureHash.Of(201, hw, dir);
        f[n++] = FeatureHash.Of(202, ht, dir);
        f[n++] = FeatureHash.Of(203, dw, dir);
        f[n++] = FeatureHash.Of(204, dt, dir);
        f[n++] = FeatureHash.Of(205, ht, dt, dir);
        f[n++] = FeatureHash.Of(206, hw, dt, dir);
        f[n++] = FeatureHash.Of(207, ht, dw, dir);
        f[n++] = FeatureHash.Of(208, hw, dw);
        f[n++] = FeatureHash.Of(209, ht, dt, dist);
        f[n++] = FeatureHash.Of(210, dt, L(s, dl1), L(s, dr1));
        f[n++] = FeatureHash.Of(211, ht, L(s, hl1), L(s, hr1));
        f[n++] = FeatureHash.Of(212, dt, before, after);
        f[n++] = FeatureHash.Of(213, ht, dt, (ulong)(Math.Min(s.LeftCount[dep], 2) * 3 + Math.Min(s.RightCount[dep], 2)));
        f[n++] = FeatureHash.Of(214, dw, dt);
        f[n++] = FeatureHash.Of(215, hw, ht);
        f[n++] = FeatureHash.Of(216, dt, T(dl1), T(dr1));
        f[n++] = FeatureHash.Of(217, ht, dt, dep == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Of(218, ht, dt, L(s, head > dep ? hl1 : hr1));
        f[n++] = FeatureHash.Of(219, dw, W(dl1));
        // The dependent's first child word (a case or mark word) against the head's tag separates obl from nmod, advcl from ccomp.
        f[n++] = FeatureHash.Of(220, ht, dt, W(dl1));
        f[n++] = FeatureHash.Of(221, hw, dt, W(dl1));
        f[n++] = FeatureHash.Of(222, dt, s.LeftLabels[dep], s.RightLabels[dep]);
        f[n++] = FeatureHash.Of(223, ht, dt, (head > dep ? s.LeftLabels[head] : s.RightLabels[head]) * 4 + dir);
        f[n++] = FeatureHash.Of(224, FeatureHash.Of(0, hw, ht), dw);
        f[n++] = FeatureHash.Of(225, ht, dw, dt);
        f[n++] = FeatureHash.Of(226, hw, dw, dt);
        f[n++] = FeatureHash.Of(227, dw, dist);
        f[n++] = FeatureHash.Of(228, dt, dep > 0 ? W(dep - 1) : NoneAtom);
        f[n++] = FeatureHash.Of(229, dt, dep + 1 < s.Count ? W(dep + 1) : RootAtom);
        f[n++] = FeatureHash.Of(230, ht, dt, W(dr1));
        f[n++] = FeatureHash.Of(231, FeatureHash.Of(0, ht, dt), dist, W(dl1));
        if (_compact) n = MarkLabelFeatures(head, dep, ht, dt, dir, f, n);
        if (_senses) n = ClassLabelFeatures(s, head, dep, ht, f, n);
        if (_clustered) n = ClusterLabelFeatures(s, head, dep, ht, dt, dir, f, n);
        return n;
    }
}
