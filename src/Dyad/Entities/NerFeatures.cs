using Dyad.Actors;
using Dyad.Learning;

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

/// <summary>Extracts the recogniser's static (label-independent) features: words, shapes, affixes, casing, name runs, gazetteer.</summary>
internal sealed class NerFeatures(NameGazetteer gazetteer, CasePrior casePrior, WordNetClasses? wordNet = null)
{
    private static readonly ulong Start = FeatureHash.Text("<s>");
    private static readonly ulong End = FeatureHash.Text("</s>");

    public NameGazetteer Gazetteer { get; } = gazetteer;
    public CasePrior CasePrior { get; } = casePrior;

    /// <summary>WordNet classes of words (`dyad train ner --wordnet`), or null: a model without them extracts exactly the features it always did.</summary>
    public WordNetClasses? WordNet { get; } = wordNet;

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
            s.WordHash[i] = FeatureHash.Text(s.LowerWord(i));
            s.Prior[i] = CasePrior.Of(s.LowerWord(i));
            if (WordNet is not null) s.WordNet[i] = WordNet.Of(s.WordHash[i], s.LowerWord(i));
            s.Pieces.Add(w, Gazetteer.Vocabulary);
        }
        Gazetteer.Mark(s.Pieces, 0, n, s.Gazetteer);
        MarkRuns(words, s, n);
        // Web text is often all lower or all upper case, where capitals say little.
        int casing = upperCount > 0 && lowerCount == 0 && upperCount >= 3 ? 2 : upperCount + lowerCount > 4 && CapitalisedCount(words) == 0 ? 1 : 0;
        for (int i = 0; i < n; i++) Token(words, s, i, n, casing);
    }

    /// <summary>Runs of capitalised words, bridged by "of", "the", "for", "and", "&amp;", "de": the candidate multi-word names.</summary>
    private static void MarkRuns<TWords>(TWords words, NerScratch s, int n) where TWords : IWordSource
    {
        int i = 0;
        while (i < n)
        {
            if (!IsCap(words.Word(i))) { s.RunStart[i] = s.RunEnd[i] = -1; i++; continue; }
            int end = i + 1;
            while (end < n)
            {
                if (IsCap(words.Word(end))) { end++; continue; }
                int j = end;
                while (j < n && j - end < 2 && IsBridge(s.LowerWord(j))) j++;
                if (j > end && j < n && IsCap(words.Word(j))) { end = j + 1; continue; }
                break;
            }
            for (int t = i; t < end; t++) { s.RunStart[t] = i; s.RunEnd[t] = end; }
            i = end;
        }
    }

    private static bool IsCap(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool IsBridge(ReadOnlySpan<char> lw) =>
        lw is "of" or "the" or "for" or "and" or "&" or "de" or "on" or "al" or "el" or "bin" or "ibn" or "-" or "van" or "von" or "la" or "du";

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
        ulong word = s.WordHash[i];
        ulong prev = i > 0 ? s.WordHash[i - 1] : Start, next = i + 1 < n ? s.WordHash[i + 1] : End;
        Span<char> shape = stackalloc char[8];
        Span<char> sh = stackalloc char[8];
        int shapeLen = Shape(w, shape);
        ulong shapeHash = FeatureHash.Text(shape[..shapeLen]);
        int flags = Flags(w, i);
        int cap = IsCap(w) ? 1 : 0;
        int first = i == 0 ? 1 : 0;

        f[k++] = FeatureHash.Of(1, 0);
        f[k++] = FeatureHash.Of(2, word);
        f[k++] = FeatureHash.Of(22, FeatureHash.Text(w));
        f[k++] = FeatureHash.Of(7, shapeHash);
        f[k++] = FeatureHash.Of(15, (ulong)flags);
        f[k++] = FeatureHash.Of(21, (ulong)(casing * 4 + cap * 2 + first));
        int prior = s.Prior[i];
        f[k++] = FeatureHash.Of(20, (ulong)(prior * 8 + cap * 4 + first * 2 + (casing == 0 ? 1 : 0)));
        f[k++] = FeatureHash.Of(27, word, (ulong)(cap * 2 + first));
        if (s.Case is not null && lw.Length > 0 && char.IsLetter(lw[0]))
        {
            int elsewhere = s.Case.Of(lw, i > 0, cap == 1);
            f[k++] = FeatureHash.Of(80, (ulong)(elsewhere * 8 + cap * 4 + first * 2 + (casing == 0 ? 1 : 0)));
            f[k++] = FeatureHash.Of(81, word, (ulong)(elsewhere * 2 + cap));
        }
        if (s.UseVotes) k = s.Votes.Features(w, lw, DocVotes.KindOf(s.PassOne[i]), cap, f, k);
        if (lw.Length >= 3)
        {
            f[k++] = FeatureHash.Of(10, FeatureHash.Text(lw[..2]));
            f[k++] = FeatureHash.Of(11, FeatureHash.Text(lw[..3]));
            f[k++] = FeatureHash.Of(12, FeatureHash.Text(lw[^2..]));
            f[k++] = FeatureHash.Of(13, FeatureHash.Text(lw[^3..]));
            if (lw.Length >= 5) f[k++] = FeatureHash.Of(14, FeatureHash.Text(lw[^4..]));
        }
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            f[k++] = FeatureHash.Of(70 + d, j < 0 ? Start : j >= n ? End : s.WordHash[j]);
            if (d is -1 or 1 && (uint)j < (uint)n)
            {
                int sl = Shape(words.Word(j), sh);
                f[k++] = FeatureHash.Of(30 + d, FeatureHash.Text(sh[..sl]));
                f[k++] = FeatureHash.Of(40 + d, (ulong)(s.Prior[j] * 2 + (IsCap(words.Word(j)) ? 1 : 0)));
            }
        }
        f[k++] = FeatureHash.Of(16, prev, word);
        f[k++] = FeatureHash.Of(17, word, next);
        f[k++] = FeatureHash.Of(23, prev, shapeHash);
        f[k++] = FeatureHash.Of(24, prev, next);
        if (i + 1 < n && s.LowerWord(i + 1) is { Length: >= 3 } after) f[k++] = FeatureHash.Of(25, FeatureHash.Text(after[^3..]));
        if (i > 0 && s.LowerWord(i - 1) is { Length: >= 3 } before) f[k++] = FeatureHash.Of(26, FeatureHash.Text(before[^3..]));
        k = AddRun(s, i, first, f, k);
        k = AddGazetteer(s.Gazetteer[i], 50, cap, f, k);
        if (i > 0) k = AddGazetteer(s.Gazetteer[i - 1], 51, 0, f, k);
        if (i + 1 < n) k = AddGazetteer(s.Gazetteer[i + 1], 52, 0, f, k);
        if (WordNet is not null) k = WordNetFeatures.Add(s, i, n, cap, lw, f, k);
        for (int j = 0; j < k; j++) f[j] = Key(f[j]);
        s.FeatureCount[i] = k;
    }

    /// <summary>
    /// Folds a feature hash to 28 bits: the model stores its sorted keys as deltas, and 28-bit keys take about
    /// two bytes each instead of seven. Folding to 24 bits saved another 50 KB but cost 0.8 dev F1 in collisions.
    /// </summary>
    public static ulong Key(ulong hash)
    {
        ulong k = (hash ^ (hash >> 28) ^ (hash >> 56)) & ((1UL << 28) - 1);
        return k == 0 ? 1 : k;
    }

    /// <summary>Where the word sits in its capitalised run, and the run's last and first words ("Committee", "University").</summary>
    private static int AddRun(NerScratch s, int i, int first, Span<ulong> f, int k)
    {
        int a = s.RunStart[i], b = s.RunEnd[i];
        if (a < 0) return k;
        int len = b - a;
        int part = len == 1 ? 3 : i == a ? 0 : i == b - 1 ? 2 : 1;
        bool sentenceStart = a == 0;
        f[k++] = FeatureHash.Of(90, (ulong)(part * 16 + Math.Min(len, 6) * 2 + (sentenceStart ? 1 : 0)));
        f[k++] = FeatureHash.Of(91, s.WordHash[b - 1], (ulong)(i == b - 1 ? 1 : 0));
        if (len > 1) f[k++] = FeatureHash.Of(92, s.WordHash[a], (ulong)(i == a ? 1 : 0));
        f[k++] = FeatureHash.Of(93, a > 0 ? s.WordHash[a - 1] : Start, (ulong)part);
        f[k++] = FeatureHash.Of(94, (ulong)first, (ulong)part);
        return k;
    }

    private static int AddGazetteer(int bits, int template, int cap, Span<ulong> f, int k)
    {
        while (bits != 0 && k < f.Length)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            f[k++] = FeatureHash.Of(template, (ulong)(b * 2 + cap));
            if (k < f.Length) f[k++] = FeatureHash.Of(template + 10, (ulong)b);
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
