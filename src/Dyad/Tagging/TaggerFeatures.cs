using Dyad.Learning;

namespace Dyad.Tagging;

/// <summary>Extracts the tagger's hashed context features; per-word atoms are computed once per sentence into reused arrays.</summary>
/// <remarks>Not thread-safe: one instance per thread. Nothing is allocated per token once the arrays have grown.</remarks>
internal sealed class TaggerFeatures
{
    public const int MaxFeatures = 64;
    private const int Pad = 2;
    private static readonly ulong Start = FeatureHash.Text("<s>");
    private static readonly ulong End = FeatureHash.Text("</s>");
    private static readonly ulong UnknownClass = FeatureHash.Text("<unknown-class>");

    private ulong[] _form = [], _lower = [], _shape = [], _suf1 = [], _suf2 = [], _suf3 = [], _suf4 = [], _pre1 = [], _pre2 = [], _pre3 = [], _amb = [], _name = [];
    private int[] _margins = [];
    private int _count;
    private ulong _casing;
    private bool _names;

    public int Count => _count;

    /// <summary>Per-word scratch for the tagger's first-pass margins, sized for the prepared sentence.</summary>
    public Span<int> Margins => _margins.AsSpan(0, _count);

    /// <summary>The exact-form atom of word <paramref name="i"/> (keys the tag dictionary).</summary>
    public ulong Form(int i) => _form[i + Pad];

    /// <summary>Computes every word's atoms for one sentence.</summary>
    /// <param name="ambiguity">Lower-form atom → atom of the set of tags the word takes in training (its ambiguity class).</param>
    /// <param name="names">The gazetteer, or null for a tagger trained without one (no name features at all).</param>
    public void Prepare(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Dictionary<ulong, ulong> ambiguity, TaggerNames? names = null)
    {
        _count = starts.Length;
        int size = _count + 2 * Pad;
        if (_form.Length < size) Grow(Math.Max(size, _form.Length * 2));
        for (int p = 0; p < Pad; p++)
        {
            SetPad(p, Start);
            SetPad(_count + Pad + p, End);
        }
        for (int i = 0; i < _count; i++)
        {
            var w = text.AsSpan(starts[i], lengths[i]);
            int k = i + Pad;
            _form[k] = FeatureHash.Text(w);
            _lower[k] = FeatureHash.Lower(w);
            _shape[k] = Shape(w);
            _suf1[k] = Affix(w, 1, suffix: true);
            _suf2[k] = Affix(w, 2, suffix: true);
            _suf3[k] = Affix(w, 3, suffix: true);
            _suf4[k] = Affix(w, 4, suffix: true);
            _pre1[k] = Affix(w, 1, suffix: false);
            _pre2[k] = Affix(w, 2, suffix: false);
            _pre3[k] = Affix(w, 3, suffix: false);
            _amb[k] = ambiguity.TryGetValue(_lower[k], out var a) ? a : UnknownClass;
        }
        _casing = Casing(text, starts, lengths);
        _names = names is not null;
        if (names is not null) MarkNames(names);
    }

    /// <summary>Each word's name code: the kinds of the one-word name it is, of the longer names its pair with the next word
    /// begins and of those its pair with the previous word ends (0: no name touches it; the pads stay 0).</summary>
    private void MarkNames(TaggerNames names)
    {
        for (int p = 0; p < Pad; p++) _name[p] = _name[_count + Pad + p] = 0;
        for (int k = Pad; k < _count + Pad; k++) _name[k] = names.Word(_lower[k]);
        for (int k = Pad; k + 1 < _count + Pad; k++)
        {
            ushort pair = names.Pair(_lower[k], _lower[k + 1]);
            if (pair == 0) continue;
            _name[k] |= (ulong)(pair & 0xFF) << 8;
            _name[k + 1] |= (ulong)(pair >> 8) << 16;
        }
    }

    /// <summary>Writes the features of word <paramref name="i"/> given the two previous tags' atoms; returns how many.</summary>
    public int Extract(int i, ulong prev1, ulong prev2, Span<ulong> f)
    {
        int k = i + Pad;
        int n = 0;
        f[n++] = FeatureHash.Of(0, 0);
        f[n++] = FeatureHash.Of(1, _lower[k]);
        f[n++] = FeatureHash.Of(2, _suf1[k]);
        f[n++] = FeatureHash.Of(3, _suf2[k]);
        f[n++] = FeatureHash.Of(4, _suf3[k]);
        f[n++] = FeatureHash.Of(5, _suf4[k]);
        f[n++] = FeatureHash.Of(6, _pre1[k]);
        f[n++] = FeatureHash.Of(7, _pre2[k]);
        f[n++] = FeatureHash.Of(8, _pre3[k]);
        f[n++] = FeatureHash.Of(9, _shape[k]);
        f[n++] = FeatureHash.Of(10, _lower[k - 1]);
        f[n++] = FeatureHash.Of(11, _lower[k - 2]);
        f[n++] = FeatureHash.Of(12, _lower[k + 1]);
        f[n++] = FeatureHash.Of(13, _lower[k + 2]);
        f[n++] = FeatureHash.Of(14, prev1);
        f[n++] = FeatureHash.Of(15, prev2, prev1);
        f[n++] = FeatureHash.Of(16, prev1, _lower[k]);
        f[n++] = FeatureHash.Of(17, _suf3[k + 1]);
        f[n++] = FeatureHash.Of(18, _suf3[k - 1]);
        f[n++] = FeatureHash.Of(19, _shape[k + 1]);
        f[n++] = FeatureHash.Of(20, _shape[k - 1]);
        f[n++] = FeatureHash.Of(21, _lower[k - 1], _lower[k]);
        f[n++] = FeatureHash.Of(22, _lower[k], _lower[k + 1]);
        f[n++] = FeatureHash.Of(23, prev1, _lower[k + 1]);
        f[n++] = FeatureHash.Of(24, _form[k]);
        f[n++] = FeatureHash.Of(25, prev2);
        f[n++] = FeatureHash.Of(26, i == 0 ? 1UL : 0UL, _shape[k]);
        f[n++] = FeatureHash.Of(27, _lower[k + 1], _lower[k + 2]);
        f[n++] = FeatureHash.Of(28, prev1, _suf3[k]);
        f[n++] = FeatureHash.Of(29, _suf2[k + 1]);
        f[n++] = FeatureHash.Of(30, _lower[k - 1], _suf3[k]);
        f[n++] = FeatureHash.Of(31, _casing, _shape[k]);
        f[n++] = FeatureHash.Of(32, _casing, _lower[k]);
        f[n++] = FeatureHash.Of(33, _form[k - 1]);
        f[n++] = FeatureHash.Of(34, _form[k + 1]);
        f[n++] = FeatureHash.Of(35, _shape[k], _shape[k + 1]);
        f[n++] = FeatureHash.Of(36, prev1, _shape[k]);
        f[n++] = FeatureHash.Of(37, prev1, _shape[k], _shape[k + 1]);
        // Ambiguity classes look ahead at the tags the next words can take, which greedy left-to-right tagging cannot see.
        f[n++] = FeatureHash.Of(38, _amb[k]);
        f[n++] = FeatureHash.Of(39, _amb[k + 1]);
        f[n++] = FeatureHash.Of(40, _amb[k + 2]);
        f[n++] = FeatureHash.Of(41, _amb[k], _amb[k + 1]);
        f[n++] = FeatureHash.Of(42, prev1, _amb[k]);
        f[n++] = FeatureHash.Of(43, _lower[k], _amb[k + 1]);
        f[n++] = FeatureHash.Of(44, prev1, _amb[k], _amb[k + 1]);
        f[n++] = FeatureHash.Of(45, _amb[k + 1], _amb[k + 2]);
        if (_names) n = ExtractNames(i, k, f, n);
        return n;
    }

    /// <summary>Gazetteer templates, written only where a name touches the word or a neighbour: most words add none.</summary>
    /// <remarks>Conjoined with the shape, the ambiguity class and the casing so the weights can tell "google" in lower-case web
    /// text from a place name that is also a common word ("mobile", "reading").</remarks>
    private int ExtractNames(int i, int k, Span<ulong> f, int n)
    {
        ulong own = _name[k];
        if (own != 0)
        {
            f[n++] = FeatureHash.Of(46, own);
            f[n++] = FeatureHash.Of(47, own, _shape[k]);
            f[n++] = FeatureHash.Of(48, own, _amb[k]);
            f[n++] = FeatureHash.Of(49, own, _casing, i == 0 ? 1UL : 0UL);
        }
        if (_name[k - 1] != 0) f[n++] = FeatureHash.Of(50, _name[k - 1], _shape[k]);
        if (_name[k + 1] != 0) f[n++] = FeatureHash.Of(51, _name[k + 1], _shape[k]);
        return n;
    }

    /// <summary>As <see cref="Extract"/>, plus the first pass's tag of this word and of the next two (second pass).</summary>
    public int ExtractRefined(int i, ulong prev1, ulong prev2, ulong own, ulong next1, ulong next2, Span<ulong> f)
    {
        int k = i + Pad;
        int n = Extract(i, prev1, prev2, f);
        f[n++] = FeatureHash.Of(60, own);
        f[n++] = FeatureHash.Of(61, next1);
        f[n++] = FeatureHash.Of(62, next1, next2);
        f[n++] = FeatureHash.Of(63, prev1, next1);
        f[n++] = FeatureHash.Of(64, _lower[k], next1);
        f[n++] = FeatureHash.Of(65, own, next1);
        f[n++] = FeatureHash.Of(66, _lower[k], own);
        f[n++] = FeatureHash.Of(67, _shape[k], next1);
        return n;
    }

    private void SetPad(int k, ulong atom)
    {
        _form[k] = _lower[k] = _shape[k] = atom;
        _suf1[k] = _suf2[k] = _suf3[k] = _suf4[k] = _pre1[k] = _pre2[k] = _pre3[k] = _amb[k] = atom;
    }

    private void Grow(int size)
    {
        _form = new ulong[size]; _lower = new ulong[size]; _shape = new ulong[size];
        _suf1 = new ulong[size]; _suf2 = new ulong[size]; _suf3 = new ulong[size]; _suf4 = new ulong[size];
        _pre1 = new ulong[size]; _pre2 = new ulong[size]; _pre3 = new ulong[size];
        _amb = new ulong[size]; _name = new ulong[size];
        _margins = new int[size];
    }

    /// <summary>How the sentence is cased: mostly lower, ordinary, title case, or all capitals (headlines and web text differ).</summary>
    private static ulong Casing(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        int letters = 0, capitalised = 0, allCaps = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            var w = text.AsSpan(starts[i], lengths[i]);
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            letters++;
            if (char.IsUpper(w[0])) capitalised++;
            if (w.Length > 1 && !w.ContainsAnyInRange('a', 'z')) allCaps++;
        }
        if (letters < 3) return 1;
        if (allCaps * 2 > letters) return 4;
        if (capitalised * 3 > letters * 2) return 3;
        return capitalised == 0 ? 2UL : 1UL;
    }

    /// <summary>Hash of the lower-cased first or last <paramref name="n"/> characters (the whole word when shorter).</summary>
    private static ulong Affix(ReadOnlySpan<char> w, int n, bool suffix)
    {
        var part = w.Length <= n ? w : suffix ? w[^n..] : w[..n];
        return FeatureHash.Lower(part) + (ulong)n;
    }

    /// <summary>Word shape: X for upper, x for lower, d for digit, the char itself otherwise; runs beyond two collapse.</summary>
    private static ulong Shape(ReadOnlySpan<char> w)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int run = 0;
        int len = 0;
        foreach (var ch in w)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = c == last ? run + 1 : 1;
            last = c;
            if (run > 2) continue;
            h = (h ^ c) * 0x100000001B3UL;
            if (++len >= 12) break;
        }
        return FeatureHash.Mix(h);
    }
}
