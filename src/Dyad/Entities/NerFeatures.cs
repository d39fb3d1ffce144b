using Dyad.Actors;

namespace Dyad.Entities;

/// <summary>The words of one sentence, read without copying (training arrays or a document's tokens).</summary>
internal interface IWordSource
{
    int Count { get; }
    ReadOnlySpan<char> Word(int i);
}

/// <summary>Words held in a string array (training data).</summary>
internal readonly struct ArrayWords(string[] words) : IWordSource
{
    public int Count => words.Length;
    public ReadOnlySpan<char> Word(int i) => words[i];
}

/// <summary>Per-sentence scratch space: lower-cased words, gazetteer bits and hashed static features.</summary>
internal sealed class NerScratch
{
    public const int MaxFeatures = 48;
    public char[] Lower = new char[256];
    public int[] LowerStart = new int[64];
    public int[] LowerLength = new int[64];
    public int[] Gazetteer = new int[64];
    public ulong[] Features = new ulong[64 * MaxFeatures];
    public int[] FeatureCount = new int[64];
    public ulong[] WordHash = new ulong[64];
    public readonly PieceSequence Pieces = new();

    /// <summary>The current document's casing counts, or null to leave document features out.</summary>
    public DocCase? Case;

    public ReadOnlySpan<char> LowerWord(int i) => Lower.AsSpan(LowerStart[i], LowerLength[i]);

    public void Ensure(int tokens, int chars)
    {
        if (LowerStart.Length < tokens)
        {
            int n = Math.Max(tokens, LowerStart.Length * 2);
            LowerStart = new int[n];
            LowerLength = new int[n];
            Gazetteer = new int[n];
            Features = new ulong[n * MaxFeatures];
            FeatureCount = new int[n];
            WordHash = new ulong[n];
        }
        if (Lower.Length < chars) Lower = new char[Math.Max(chars, Lower.Length * 2)];
    }
}

/// <summary>Extracts the recogniser's static (history-independent) features: words, shapes, affixes, casing, gazetteer.</summary>
internal sealed class NerFeatures(NameGazetteer gazetteer, CasePrior casePrior)
{
    public NameGazetteer Gazetteer { get; } = gazetteer;
    public CasePrior CasePrior { get; } = casePrior;

    public void Extract<TWords>(TWords words, NerScratch s) where TWords : IWordSource
    {
        int n = words.Count;
        int chars = 0;
        for (int i = 0; i < n; i++) chars += words.Word(i).Length;
        s.Ensure(n, chars);
        int at = 0;
        int lowerCount = 0, upperCount = 0;
        s.Pieces.Reset(0);
        for (int i = 0; i < n; i++)
        {
            var w = words.Word(i);
            s.LowerStart[i] = at;
            s.LowerLength[i] = w.Length;
            w.ToLowerInvariant(s.Lower.AsSpan(at, w.Length));
            at += w.Length;
            if (w.Length > 1 && char.IsLetter(w[0]))
            {
                if (IsAllUpper(w)) upperCount++;
                else if (char.IsLower(w[0])) lowerCount++;
            }
            s.WordHash[i] = FeatureHash.Of(2, s.LowerWord(i));
            s.Pieces.Add(w, Gazetteer.Vocabulary);
        }
        Gazetteer.Mark(s.Pieces, 0, n, s.Gazetteer);
        // Web text is often all lower or all upper case, where capitals say little.
        int casing = upperCount > 0 && lowerCount == 0 && upperCount >= 3 ? 2 : upperCount + lowerCount > 4 && CapitalisedCount(words) == 0 ? 1 : 0;
        for (int i = 0; i < n; i++) Token(words, s, i, n, casing);
    }

    private static int CapitalisedCount<TWords>(TWords words) where TWords : IWordSource
    {
        int c = 0;
        for (int i = 1; i < words.Count; i++)
            if (words.Word(i) is { Length: > 0 } w && char.IsUpper(w[0])) c++;
        return c;
    }

    private void Token<TWords>(TWords words, NerScratch s, int i, int n, int casing) where TWords : IWordSource
    {
        var f = s.Features.AsSpan(i * NerScratch.MaxFeatures, NerScratch.MaxFeatures);
        int k = 0;
        var w = words.Word(i);
        var lw = s.LowerWord(i);
        Span<char> shape = stackalloc char[8];
        Span<char> sh = stackalloc char[8];
        int shapeLen = Shape(w, shape);
        int flags = Flags(w, i);
        int cap = w.Length > 0 && char.IsUpper(w[0]) ? 1 : 0;

        f[k++] = FeatureHash.Of(1, 0);
        f[k++] = s.WordHash[i];
        f[k++] = FeatureHash.Of(22, w);
        f[k++] = FeatureHash.Of(7, shape[..shapeLen]);
        f[k++] = FeatureHash.Of(15, flags);
        f[k++] = FeatureHash.Of(21, casing * 4 + cap * 2 + (i == 0 ? 1 : 0));
        int prior = CasePrior.Of(lw);
        f[k++] = FeatureHash.Of(20, prior * 8 + cap * 4 + (i == 0 ? 2 : 0) + (casing == 0 ? 1 : 0));
        if (s.Case is not null && lw.Length > 0 && char.IsLetter(lw[0]))
        {
            int elsewhere = s.Case.Of(lw, i > 0, cap == 1);
            f[k++] = FeatureHash.Of(80, elsewhere * 8 + cap * 4 + (i == 0 ? 2 : 0) + (casing == 0 ? 1 : 0));
            f[k++] = FeatureHash.Combine(s.WordHash[i], 800 + elsewhere * 2 + cap);
        }
        if (lw.Length >= 3)
        {
            f[k++] = FeatureHash.Of(10, lw[..2]);
            f[k++] = FeatureHash.Of(11, lw[..3]);
            f[k++] = FeatureHash.Of(12, lw[^2..]);
            f[k++] = FeatureHash.Of(13, lw[^3..]);
            if (lw.Length >= 5) f[k++] = FeatureHash.Of(14, lw[^4..]);
        }
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            var ctx = j < 0 ? "<s>" : j >= n ? "</s>" : s.LowerWord(j);
            f[k++] = FeatureHash.Of(70 + d, ctx);
            if (d is -1 or 1 && (uint)j < (uint)n)
            {
                int sl = Shape(words.Word(j), sh);
                f[k++] = FeatureHash.Of(30 + d, sh[..sl]);
                f[k++] = FeatureHash.Of(40 + d, CasePrior.Of(s.LowerWord(j)) * 2 + (words.Word(j) is { Length: > 0 } wj && char.IsUpper(wj[0]) ? 1 : 0));
            }
        }
        f[k++] = FeatureHash.Of(16, i > 0 ? s.LowerWord(i - 1) : "<s>", lw);
        f[k++] = FeatureHash.Of(17, lw, i + 1 < n ? s.LowerWord(i + 1) : "</s>");
        f[k++] = FeatureHash.Of(23, i > 0 ? s.LowerWord(i - 1) : "<s>", shape[..shapeLen]);
        f[k++] = FeatureHash.Of(24, i > 0 ? s.LowerWord(i - 1) : "<s>", i + 1 < n ? s.LowerWord(i + 1) : "</s>");
        if (i + 1 < n && s.LowerWord(i + 1) is { Length: >= 3 } next) f[k++] = FeatureHash.Of(25, next[^3..]);
        if (i > 0 && s.LowerWord(i - 1) is { Length: >= 3 } before) f[k++] = FeatureHash.Of(26, before[^3..]);
        k = AddGazetteer(s.Gazetteer[i], 50, cap, f, k);
        if (i > 0) k = AddGazetteer(s.Gazetteer[i - 1], 51, 0, f, k);
        if (i + 1 < n) k = AddGazetteer(s.Gazetteer[i + 1], 52, 0, f, k);
        s.FeatureCount[i] = k;
    }

    private static int AddGazetteer(int bits, int template, int cap, Span<ulong> f, int k)
    {
        while (bits != 0 && k < f.Length)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            f[k++] = FeatureHash.Of(template, b * 2 + cap);
            if (k < f.Length) f[k++] = FeatureHash.Of(template + 10, b);
        }
        return k;
    }

    /// <summary>A short word shape: X for upper, x lower, d digit, other chars kept, runs collapsed.</summary>
    public static int Shape(ReadOnlySpan<char> w, Span<char> shape)
    {
        int n = 0;
        char last = '\0';
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            if (n == shape.Length) break;
            shape[n++] = k;
            last = k;
        }
        return n;
    }

    private static int Flags(ReadOnlySpan<char> w, int i)
    {
        int f = i == 0 ? 1 : 0;
        if (w.Length > 0 && char.IsUpper(w[0])) f |= 2;
        if (w.Length > 1 && IsAllUpper(w)) f |= 4;
        if (w.ContainsAny("0123456789")) f |= 8;
        if (w.Contains('-')) f |= 16;
        if (w.Contains('.')) f |= 32;
        if (w.Length == 1) f |= 64;
        return f;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        bool any = false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
            any |= char.IsUpper(c);
        }
        return any;
    }
}
