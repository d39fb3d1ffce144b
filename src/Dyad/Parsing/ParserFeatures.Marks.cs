using Dyad.Learning;

namespace Dyad.Parsing;

// Punctuation set aside (Ma et al. 2014): the transition system sees only the other words, and each of them carries the
// marks just before and after it as features, so commas and quotes still inform the arcs without being shifted and attached.
internal sealed partial class ParserFeatures
{
    private ulong[] _fullWord = new ulong[64], _fullTag = new ulong[64];
    private ulong[] _markBefore = new ulong[64], _markAfter = new ulong[64];
    private int[] _keep = new int[64];
    private int _fullCount;
    private bool _compact;
    private ParserState? _asideState;

    private Beam? _beam;
    private ParserState? _reversedState;

    /// <summary>The configuration a right-to-left parser fills over the mirrored sentence (the caller's state gets the heads mirrored back).</summary>
    public ParserState ReversedState => _reversedState ??= new ParserState();

    /// <summary>Mirrors the prepared sentence (word i becomes word n-1-i), before punctuation is set aside.</summary>
    public void Reverse()
    {
        int n = _fullCount;
        _word.AsSpan(1, n).Reverse();
        _tag.AsSpan(1, n).Reverse();
        _punct.AsSpan(0, n).Reverse();
        _fullWord.AsSpan(1, n).Reverse();
        _fullTag.AsSpan(1, n).Reverse();
        ReverseClasses(n);
        ReverseClusters(n);
    }

    /// <summary>The beam search's states and candidates for this thread (grown once, reused for every sentence).</summary>
    public Beam Beam => _beam ??= new Beam();

    /// <summary>The configuration the transition system uses while punctuation is set aside (the caller's state holds the whole sentence).</summary>
    public ParserState AsideState => _asideState ??= new ParserState();

    /// <summary>The sentence position of the i-th word the transition system sees (the identity unless punctuation is set aside).</summary>
    public int Position(int i) => _compact ? _keep[i] : i;

    /// <summary>
    /// Sets punctuation aside: the transition and label features then index only the other words. Returns their number,
    /// or the whole sentence's when it has no punctuation or nothing else (then nothing is set aside).
    /// </summary>
    public int SetPunctuationAside()
    {
        int n = _fullCount, m = 0;
        for (int i = 0; i < n; i++) if (!_punct[i]) m++;
        if (m == 0 || m == n) return n;
        _markBefore[0] = _markAfter[0] = NoneAtom;
        _markBefore[m + 1] = _markAfter[m + 1] = RootAtom;
        for (int i = 0, k = 0; i < n; i++)
        {
            if (_punct[i]) continue;
            _keep[k] = i;
            _word[k + 1] = _fullWord[i + 1];
            _tag[k + 1] = _fullTag[i + 1];
            _markBefore[k + 1] = i > 0 && _punct[i - 1] ? _fullWord[i] : NoneAtom;
            _markAfter[k + 1] = i + 1 < n && _punct[i + 1] ? _fullWord[i + 2] : NoneAtom;
            k++;
        }
        _word[m + 1] = _tag[m + 1] = RootAtom;
        CompactClasses(m);
        CompactClusters(m);
        _compact = true;
        return m;
    }

    private ulong Before(int i) => _markBefore[i + 1];
    private ulong After(int i) => _markAfter[i + 1];

    private int MarkTransitionFeatures(int s0, int s1, int b0, ulong s0t, ulong s1t, ulong b0t, ulong s0w, ulong b0w, Span<ulong> f, int n)
    {
        f[n++] = FeatureHash.Of(180, s0t, After(s0));
        f[n++] = FeatureHash.Of(181, b0t, Before(b0));
        f[n++] = FeatureHash.Of(182, FeatureHash.Of(0, s0t, b0t), After(s0), Before(b0));
        f[n++] = FeatureHash.Of(183, s1t, After(s1));
        f[n++] = FeatureHash.Of(184, s0w, After(s0));
        f[n++] = FeatureHash.Of(185, b0w, Before(b0));
        f[n++] = FeatureHash.Of(186, s1t, s0t, Before(s0));
        f[n++] = FeatureHash.Of(187, s0t, Before(s0));
        f[n++] = FeatureHash.Of(188, b0t, After(b0));
        f[n++] = FeatureHash.Of(189, s1t, s0t, After(s0));
        return n;
    }

    private int MarkLabelFeatures(int head, int dep, ulong ht, ulong dt, ulong dir, Span<ulong> f, int n)
    {
        f[n++] = FeatureHash.Of(232, dt, Before(dep), dir);
        f[n++] = FeatureHash.Of(233, dt, After(dep), dir);
        f[n++] = FeatureHash.Of(234, FeatureHash.Of(0, ht, dt), Before(dep), After(dep));
        f[n++] = FeatureHash.Of(235, ht, head > dep ? After(dep) : Before(dep), dir);
        return n;
    }
}
