namespace Dyad.Training;

/// <summary>Replaces gold tags with predicted ones, so the parser trains on the tags it will see.</summary>
public static class Jackknife
{
    /// <summary>Tags each of <paramref name="folds"/> parts of <paramref name="train"/> with a tagger trained on the other parts.</summary>
    /// <remarks>The inner taggers stop early on the held-out fold itself, which is part of train, so dev stays untouched.</remarks>
    public static List<TreebankSentence> Tag(IReadOnlyList<TreebankSentence> train, int folds, int seed, Action<string> log)
    {
        var result = new TreebankSentence[train.Count];
        var foldOf = Folds.Assign(train, folds);
        for (int fold = 0; fold < folds; fold++)
        {
            var held = new List<TreebankSentence>();
            var rest = new List<TreebankSentence>();
            var heldIndex = new List<int>();
            for (int i = 0; i < train.Count; i++)
            {
                if (foldOf[i] == fold) { held.Add(train[i]); heldIndex.Add(i); }
                else rest.Add(train[i]);
            }
            var trainer = new TaggerTrainer { Seed = seed + fold, MaxEpochs = 4 };
            var model = trainer.Train(rest, held);
            log(FormattableString.Invariant($"jackknife fold {fold + 1}/{folds}: held-out UPOS {trainer.DevScore!.Upos:F2}"));
            var retagged = Retag(model, held);
            for (int j = 0; j < heldIndex.Count; j++) result[heldIndex[j]] = retagged[j];
        }
        return [.. result];
    }

    /// <summary>Copies of the sentences with UPOS and XPOS predicted by <paramref name="model"/>.</summary>
    public static List<TreebankSentence> Retag(Tagging.TaggerModel model, IEnumerable<TreebankSentence> sentences)
    {
        var features = new Tagging.TaggerFeatures();
        return [.. sentences.Select(s =>
        {
            var (u, x) = TaggerTrainer.Tag(model, s, features);
            return s with { Upos = u, Xpos = x };
        })];
    }
}
