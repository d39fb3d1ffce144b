using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Training;

/// <summary>Tag-ambiguity classes of lower-cased words, built from treebank sentences: one builder for the tagger and the parser.</summary>
/// <remarks>
/// The tagger builds them from all of train and from each jackknife fold's complement; the parser (`--ambiguity`) from its
/// own train data and keeps its own copy in its file, since it must not depend on the tagger file it was trained beside.
/// Both key classes by the tag strings, so the atoms match.
/// </remarks>
internal static class AmbiguityClasses
{
    public const int MinCount = 3;
    public const double MinShare = 0.05;

    /// <summary>The classes of every lower-cased form in <paramref name="train"/>, with the parser's thresholds.</summary>
    public static Dictionary<ulong, ulong> Build(IReadOnlyList<TreebankSentence> train) => Build(train, null, MinCount, MinShare);

    /// <summary>
    /// The classes of the lower-cased forms in the sentences <paramref name="skip"/> does not name (all when null): the
    /// (XPOS, UPOS) pairs with at least <paramref name="minShare"/> of a form's occurrences, for forms seen at least
    /// <paramref name="minCount"/> times. The tagger builds its own classes (and its jackknife folds') through this too.
    /// </summary>
    public static Dictionary<ulong, ulong> Build(IReadOnlyList<TreebankSentence> train, Func<int, bool>? skip, int minCount, double minShare)
    {
        var counts = new Dictionary<ulong, Dictionary<ulong, int>>();
        for (int si = 0; si < train.Count; si++)
        {
            if (skip is not null && skip(si)) continue;
            var s = train[si];
            for (int i = 0; i < s.Length; i++)
            {
                var key = FeatureHash.Lower(s.Forms[i]);
                if (!counts.TryGetValue(key, out var byClass)) counts[key] = byClass = [];
                // Keyed by the tag strings, not class ids, so every trainer (and jackknife fold) builds the same atoms.
                var c = FeatureHash.Of(2, FeatureHash.Text(s.Xpos[i]), FeatureHash.Text(s.Upos[i]));
                byClass[c] = byClass.GetValueOrDefault(c) + 1;
            }
        }
        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, byClass) in counts)
        {
            int total = byClass.Values.Sum();
            if (total < minCount) continue;
            ulong atom = FeatureHash.Text("<class>");
            foreach (var c in byClass.Where(p => p.Value >= minShare * total).Select(p => p.Key).Order())
                atom = FeatureHash.Mix(atom + c);
            result[key] = atom;
        }
        return result;
    }
}
