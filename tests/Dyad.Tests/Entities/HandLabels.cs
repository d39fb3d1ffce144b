using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>Hand-made inputs for the rules after decoding (no model): BILOU labels by name, and a scratch featured on a small gazetteer.</summary>
internal static class HandLabels
{
    /// <summary>The labels named "U-PER", "B-ORG", "O"…</summary>
    public static int[] Parse(string[] names) =>
        [.. names.Select(t => Array.FindIndex(Enumerable.Range(0, BilouLabels.Count).ToArray(), l => BilouLabels.Name(l) == t))];

    public static string[] Names(int[] labels) => [.. labels.Select(BilouLabels.Name)];

    /// <summary>A scratch holding the features (gazetteer bits, case priors) of <paramref name="words"/>; freezes <paramref name="gazetteer"/>.</summary>
    public static NerScratch Featured(string[] words, NameGazetteer gazetteer)
    {
        gazetteer.Freeze();
        var scratch = new NerScratch();
        new NerFeatures(gazetteer, new CasePrior()).Extract(new ArrayWords(words), scratch);
        return scratch;
    }
}
