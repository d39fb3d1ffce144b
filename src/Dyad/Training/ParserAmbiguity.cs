using Dyad.Documents;
using Dyad.Learning;

namespace Dyad.Training;

/// <summary>Tag-ambiguity classes for the parser, built from its training sentences as the tagger builds its own.</summary>
/// <remarks>
/// The same definition as the tagger's (TaggerTrainer: the (XPOS, UPOS) pairs with at least 5 % of a lower-cased word's
/// occurrences, for words seen at least 3 times), so the atoms match; the parser keeps its own copy in its file, since
/// it must not depend on the tagger file it was trained beside.
/// </remarks>
internal static class ParserAmbiguity
{
    public const int MinCount = 3;
    public const double MinShare = 0.05;

    public static Dictionary<ulong, ulong> Build(IReadOnlyList<TreebankSentence> train)
    {
        var counts = new Dictionary<ulong, Dictionary<ulong, int>>();
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++)
            {
                var key = FeatureHash.Lower(s.Forms[i]);
                if (!counts.TryGetValue(key, out var byClass)) counts[key] = byClass = [];
                var c = FeatureHash.Of(2, FeatureHash.Text(s.Xpos[i]), FeatureHash.Text(s.Upos[i]));
                byClass[c] = byClass.GetValueOrDefault(c) + 1;
            }
        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, byClass) in counts)
        {
            int total = byClass.Values.Sum();
            if (total < MinCount) continue;
            ulong atom = FeatureHash.Text("<class>");
            foreach (var c in byClass.Where(p => p.Value >= MinShare * total).Select(p => p.Key).Order())
                atom = FeatureHash.Mix(atom + c);
            result[key] = atom;
        }
        return result;
    }
}
