using Dyad.Documents;

namespace Dyad.Tokenization;

/// <summary>Hashed features of one candidate sentence boundary, written into a caller's buffer without allocating.</summary>
internal static class BoundaryFeatures
{
    public const int Max = 16;
    private const uint Prime = 16777619;

    /// <summary>Fills <paramref name="into"/> with feature hashes for the gap after token <paramref name="i"/>; returns the count.</summary>
    /// <param name="sentenceLength">Tokens since the previous boundary, including token <paramref name="i"/>.</param>
    public static int Extract(Doc doc, int i, BoundaryCue cue, int sentenceLength, Span<uint> into)
    {
        var cur = doc[i].Span;
        var next = doc[i + 1].Span;
        var prev = i > 0 ? doc[i - 1].Span : "<s>";
        var next2 = i + 2 < doc.TokenCount ? doc[i + 2].Span : "</s>";
        uint c = (uint)cue;
        bool attached = doc[i].End == doc[i + 1].Start;
        uint curShape = Shape(cur), nextShape = Shape(next);

        int n = 0;
        into[n++] = Mix(1, c);
        into[n++] = Mix(Word(2, cur), c);
        into[n++] = Word(3, next);
        into[n++] = Mix(Word(4, prev), c);
        into[n++] = Mix(Mix(5, nextShape), c);
        into[n++] = Mix(Mix(6, curShape), c);
        into[n++] = Mix(Mix(7, Shape(next2)), c);
        into[n++] = Mix(Mix(8, attached ? 1u : 0u), c);
        into[n++] = Mix(Mix(9, LengthBucket(sentenceLength)), c);
        into[n++] = Mix(Word(10, cur), nextShape);
        into[n++] = Mix(Word(11, prev), Word(0, cur));
        into[n++] = Mix(Mix(12, (uint)Math.Min(cur.Length, 6)), c);
        into[n++] = Mix(Word(13, next), c);
        into[n++] = Mix(Mix(14, TokenLexicon.IsAbbreviation(cur.TrimEnd('.')) ? 1u : 0u), nextShape);
        into[n++] = Mix(Mix(Mix(15, curShape), nextShape), c);
        into[n++] = Mix(Word(16, next), Word(0, next2));
        return n;
    }

    private static uint LengthBucket(int n) => n switch { <= 3 => (uint)n, <= 6 => 4, <= 12 => 5, <= 25 => 6, _ => 7 };

    private static uint Mix(uint h, uint v) => (h ^ (v + 0x9E3779B9 + (h << 6) + (h >> 2))) * Prime;

    /// <summary>FNV-1a over the lower-cased word, seeded by the template.</summary>
    private static uint Word(uint template, ReadOnlySpan<char> s)
    {
        uint h = (2166136261u ^ template) * Prime;
        foreach (char ch in s) h = (h ^ char.ToLowerInvariant(ch)) * Prime;
        return h;
    }

    /// <summary>A word's shape: X upper, x lower, d digit, other characters as themselves, runs collapsed, at most four.</summary>
    private static uint Shape(ReadOnlySpan<char> s)
    {
        uint h = 2166136261u;
        char last = '\0';
        int kept = 0;
        foreach (char ch in s)
        {
            char k = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : CharClass.IsDigit(ch) ? 'd' : ch;
            if (k == last) continue;
            last = k;
            h = (h ^ k) * Prime;
            if (++kept == 4) break;
        }
        return h;
    }
}
