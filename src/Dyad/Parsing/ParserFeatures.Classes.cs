using Dyad.Learning;

namespace Dyad.Parsing;

// Lexical classes (ParserClasses), read only when the model carries them: a PP's attachment depends on what the two
// candidate heads and the prepositional object are (ate pizza with a fork / with anchovies), which the words alone
// show only for words seen often; the supersenses group the rare ones, and the ambiguity classes tell the parser
// which tags a word could have had when the tagger's choice is doubtful.
internal sealed partial class ParserFeatures
{
    // Index i+1 holds word i, as for the word and tag atoms; the full arrays keep the sentence when punctuation is set aside.
    private ulong[] _sense = new ulong[64], _amb = new ulong[64], _fullSense = new ulong[64], _fullAmb = new ulong[64];
    private bool _senses, _ambiguous;

    private void PrepareClasses(int count, ReadOnlySpan<ulong> senses, ReadOnlySpan<ulong> ambiguity)
    {
        _senses = !senses.IsEmpty;
        _ambiguous = !ambiguity.IsEmpty;
        if (!_senses && !_ambiguous) return;
        if (_sense.Length < _word.Length)
        {
            _sense = new ulong[_word.Length]; _amb = new ulong[_word.Length];
            _fullSense = new ulong[_word.Length]; _fullAmb = new ulong[_word.Length];
        }
        _sense[0] = _amb[0] = NoneAtom;
        _sense[count + 1] = _amb[count + 1] = RootAtom;
        if (_senses) senses[..count].CopyTo(_sense.AsSpan(1));
        if (_ambiguous) ambiguity[..count].CopyTo(_amb.AsSpan(1));
        _sense.AsSpan(0, count + 2).CopyTo(_fullSense);
        _amb.AsSpan(0, count + 2).CopyTo(_fullAmb);
    }

    /// <summary>Keeps the class atoms of the <paramref name="m"/> words left when punctuation is set aside (see <see cref="SetPunctuationAside"/>).</summary>
    private void CompactClasses(int m)
    {
        if (!_senses && !_ambiguous) return;
        for (int k = 0; k < m; k++)
        {
            _sense[k + 1] = _fullSense[_keep[k] + 1];
            _amb[k + 1] = _fullAmb[_keep[k] + 1];
        }
        _sense[m + 1] = _amb[m + 1] = RootAtom;
    }

    private void ReverseClasses(int n)
    {
        if (!_senses && !_ambiguous) return;
        _sense.AsSpan(1, n).Reverse();
        _amb.AsSpan(1, n).Reverse();
        _fullSense.AsSpan(1, n).Reverse();
        _fullAmb.AsSpan(1, n).Reverse();
    }

    private ulong S(int i) => _sense[i + 1];
    private ulong A(int i) => _amb[i + 1];

    private int ClassTransitionFeatures(ParserState s, int s0, int s1, int b0, int b1, ulong s0w, ulong s1w, ulong b0w, ulong s0t, Span<ulong> f, int n)
    {
        if (_senses)
        {
            // The buffer word's first child is its preposition (case) once its left arcs are built: "ate pizza | in the park".
            ulong prep = W(b0 < 0 ? -1 : s.Left1[b0]);
            ulong ss0 = S(s0), ss1 = S(s1), sb0 = S(b0);
            f[n++] = FeatureHash.Of(260, ss0, sb0, prep);
            f[n++] = FeatureHash.Of(261, ss1, sb0, prep);
            f[n++] = FeatureHash.Of(262, s0w, sb0, prep);
            f[n++] = FeatureHash.Of(263, s1w, sb0, prep);
            f[n++] = FeatureHash.Of(264, ss0, b0w);
            f[n++] = FeatureHash.Of(265, s0w, sb0);
            f[n++] = FeatureHash.Of(266, ss1, ss0, sb0);
            f[n++] = FeatureHash.Of(267, ss1, ss0, W(s0 < 0 ? -1 : s.Left1[s0]));
        }
        if (_ambiguous)
        {
            ulong as0 = A(s0), ab0 = A(b0);
            f[n++] = FeatureHash.Of(280, as0);
            f[n++] = FeatureHash.Of(281, ab0);
            f[n++] = FeatureHash.Of(282, A(b1));
            f[n++] = FeatureHash.Of(283, as0, ab0);
            f[n++] = FeatureHash.Of(284, ab0, s0t);
        }
        return n;
    }

    private int ClassLabelFeatures(ParserState s, int head, int dep, ulong ht, Span<ulong> f, int n)
    {
        if (!_senses) return n;
        // The dependent's class with its first child (a preposition): noun.time under "in" is obl, noun.person under "of" nmod.
        ulong first = W(s.Left1[dep]), sd = S(dep);
        f[n++] = FeatureHash.Of(270, ht, sd, first);
        f[n++] = FeatureHash.Of(271, S(head), sd, first);
        return n;
    }
}
