using Dyad.Learning;

namespace Dyad.Parsing;

// Word clusters (WordClusters), read only when the model carries them. Koo, Carreras and Collins (2008): a coarse class
// beside a tag, a fine class where a word would be, in the head–dependent pairs and the PP attachment triples whose
// words are too rare in the treebank to have weights of their own.
internal sealed partial class ParserFeatures
{
    // Index i+1 holds word i, as for the word and tag atoms; the full arrays keep the sentence when punctuation is set aside.
    private ulong[] _coarse = new ulong[64], _fine = new ulong[64], _fullCoarse = new ulong[64], _fullFine = new ulong[64];
    private bool _clustered;

    private void PrepareClusters(int count, ReadOnlySpan<ulong> coarse, ReadOnlySpan<ulong> fine)
    {
        _clustered = !coarse.IsEmpty;
        if (!_clustered) return;
        if (_coarse.Length < _word.Length)
        {
            _coarse = new ulong[_word.Length]; _fine = new ulong[_word.Length];
            _fullCoarse = new ulong[_word.Length]; _fullFine = new ulong[_word.Length];
        }
        _coarse[0] = _fine[0] = NoneAtom;
        _coarse[count + 1] = _fine[count + 1] = RootAtom;
        coarse[..count].CopyTo(_coarse.AsSpan(1));
        fine[..count].CopyTo(_fine.AsSpan(1));
        _coarse.AsSpan(0, count + 2).CopyTo(_fullCoarse);
        _fine.AsSpan(0, count + 2).CopyTo(_fullFine);
    }

    private void CompactClusters(int m)
    {
        if (!_clustered) return;
        for (int k = 0; k < m; k++)
        {
            _coarse[k + 1] = _fullCoarse[_keep[k] + 1];
            _fine[k + 1] = _fullFine[_keep[k] + 1];
        }
        _coarse[m + 1] = _fine[m + 1] = RootAtom;
    }

    private void ReverseClusters(int n)
    {
        if (!_clustered) return;
        _coarse.AsSpan(1, n).Reverse();
        _fine.AsSpan(1, n).Reverse();
        _fullCoarse.AsSpan(1, n).Reverse();
        _fullFine.AsSpan(1, n).Reverse();
    }

    private ulong C(int i) => _coarse[i + 1];
    private ulong F(int i) => _fine[i + 1];

    private int ClusterTransitionFeatures(ParserState s, int s0, int s1, int b0, ulong s0w, ulong s0t, ulong b0w, ulong b0t, Span<ulong> f, int n)
    {
        ulong fs0 = F(s0), fs1 = F(s1), fb0 = F(b0), cs0 = C(s0), cs1 = C(s1), cb0 = C(b0);
        // The buffer word's first child is its preposition (case) once its left arcs are built: "ate pizza | with anchovies".
        ulong prep = W(b0 < 0 ? -1 : s.Left1[b0]);
        f[n++] = FeatureHash.Of(304, fs0, fb0);
        f[n++] = FeatureHash.Of(305, FeatureHash.Of(0, cs0, s0t), cb0, b0t);
        f[n++] = FeatureHash.Of(306, fs1, fs0);
        f[n++] = FeatureHash.Of(307, cs1, cs0, cb0);
        f[n++] = FeatureHash.Of(308, fs0, fb0, prep);
        f[n++] = FeatureHash.Of(309, fs1, fb0, prep);
        f[n++] = FeatureHash.Of(310, s0w, fb0);
        f[n++] = FeatureHash.Of(311, fs0, b0w);
        return n;
    }

    private int ClusterLabelFeatures(ParserState s, int head, int dep, ulong ht, ulong dt, ulong dir, Span<ulong> f, int n)
    {
        // The dependent's class with its first child (a preposition) tells obl from nmod as the supersenses do, for more words.
        ulong first = W(s.Left1[dep]), fd = F(dep);
        f[n++] = FeatureHash.Of(320, ht, fd, first);
        f[n++] = FeatureHash.Of(321, F(head), fd, first);
        f[n++] = FeatureHash.Of(322, F(head), dt, dir);
        return n;
    }
}
