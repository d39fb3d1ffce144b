using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>The recogniser's WordNet templates: a word's noun supersenses, instance class and parts of speech, its neighbours' supersenses, its capitalised run's head.</summary>
/// <remarks>
/// The "semantic class" feature of Ratinov and Roth (2009) and the supersense-tagging work: "Slice Pizza" ends in a
/// food noun, "... Bakery" in an artifact (a building), "... Associates" in a person noun, while "Paris" is a listed
/// instance of a location and "Lobby" a common noun only. Features are added after all the others (the caller folds
/// them to keys), each checked against the buffer, and only when the model has WordNet classes.
/// </remarks>
internal static class WordNetFeatures
{
    private const int MaxOtherSenses = 3;

    public static int Add(NerScratch s, int i, int n, int cap, ReadOnlySpan<char> lw, Span<ulong> f, int k)
    {
        int room = f.Length;
        ulong c = s.WordNet[i];
        int first = WordNetClasses.First(c);
        if (lw.Length > 0 && char.IsLetter(lw[0]) && k + 3 <= room)
        {
            int proper = (c >> WordNetClasses.ProperOnly & 1) != 0 ? 1 : 0;
            f[k++] = FeatureHash.Of(100, (ulong)(first * 2 + cap));
            f[k++] = FeatureHash.Of(101, (ulong)((WordNetClasses.Pos(c) * 2 + proper) * 2 + cap));
            if (WordNetClasses.Instance(c) is > 0 and var instance)
                f[k++] = FeatureHash.Of(103, (ulong)(instance * 2 + cap));
            ulong others = WordNetClasses.Senses(c) & ~(first > 0 ? 1UL << (first - 1) : 0);
            for (int m = 0; m < MaxOtherSenses && others != 0 && k < room; m++)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount(others);
                others &= others - 1;
                f[k++] = FeatureHash.Of(102, (ulong)(bit * 2 + cap));
            }
        }
        for (int d = -2; d <= 2 && k < room; d++)
        {
            int j = i + d;
            if (d == 0 || (uint)j >= (uint)n) continue;
            int near = WordNetClasses.First(s.WordNet[j]);
            if (near > 0) f[k++] = FeatureHash.Of(104, (ulong)(d + 2), (ulong)near);
        }
        int a = s.RunStart[i], b = s.RunEnd[i];
        if (a >= 0 && k < room)
        {
            int part = b - a == 1 ? 3 : i == a ? 0 : i == b - 1 ? 2 : 1;
            ulong head = s.WordNet[b - 1];
            f[k++] = FeatureHash.Of(105, (ulong)(WordNetClasses.First(head) * 8 + WordNetClasses.Instance(head)), (ulong)part);
        }
        return k;
    }
}
