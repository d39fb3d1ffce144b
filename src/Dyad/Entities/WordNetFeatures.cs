using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>The recogniser's WordNet template: the noun supersense and instance class of the last word of the word's capitalised run, by the word's place in the run.</summary>
/// <remarks>
/// The "semantic class" feature of Ratinov and Roth (2009) for a name's head: "Slice Pizza" ends in a food noun,
/// "... Bakery" in an artifact (a building), "... Associates" in a person noun. Session 9 measured a larger set too
/// (the word's own supersenses, instance class and parts of speech, its neighbours' supersenses: commit 6ce147b):
/// three seeds' dev pipeline mean 74.79 against 75.61 without WordNet, while this template alone gave 75.88
/// (training/ner.md). Added after all other features (the caller folds them to keys) and only when the model has
/// WordNet classes.
/// </remarks>
internal static class WordNetFeatures
{
    public static int Add(NerScratch s, int i, Span<ulong> f, int k)
    {
        int a = s.RunStart[i], b = s.RunEnd[i];
        if (a >= 0 && k < f.Length)
        {
            int part = b - a == 1 ? 3 : i == a ? 0 : i == b - 1 ? 2 : 1;
            ulong head = s.WordNet[b - 1];
            f[k++] = FeatureHash.Of(105, (ulong)(WordNetClasses.First(head) * 8 + WordNetClasses.Instance(head)), (ulong)part);
        }
        return k;
    }
}
