using Dyad.Tagging;

namespace Dyad.Training;

public sealed partial class TaggerTrainer
{
    /// <summary>Pruning thresholds (quantised weight units) tried on the finished model, both passes alike (empty: none, the default).</summary>
    /// <remarks>An averaged ensemble carries many features whose weight only one seed gave them, shrunk by the mean: dropping the
    /// small weights costs no dev accuracy and makes the table smaller and the tagger faster (fewer features found, fewer cache misses).</remarks>
    public IReadOnlyList<int> PruneUnits { get; init; } = [];

    /// <summary>The threshold of the returned model (0: unpruned).</summary>
    public int PrunedUnder { get; private set; }

    /// <summary>Keeps the largest threshold whose dev UPOS is at least the unpruned model's: pruning may cost speed nothing, accuracy nothing.</summary>
    private TaggerModel ChoosePruning(TaggerModel model, IReadOnlyList<TreebankSentence> dev)
    {
        var unpruned = Evaluate(model, dev);
        Log($"tagger unpruned: {model.Weights.FeatureCount} + {model.Refiner?.FeatureCount ?? 0} features, dev {unpruned}");
        var best = (Model: model, Score: unpruned, Units: 0);
        foreach (int units in PruneUnits.Order())
        {
            var pruned = new TaggerModel(model.Weights.Pruned(units), model.Xpos, model.Upos, model.TagDictionary, model.Ambiguity,
                model.Refiner?.Pruned(units), model.RefineMargin, model.Names);
            var score = Evaluate(pruned, dev);
            Log($"tagger pruned under {units} units: {pruned.Weights.FeatureCount} + {pruned.Refiner?.FeatureCount ?? 0} features, dev {score}");
            if (score.Upos >= unpruned.Upos) best = (pruned, score, units);
        }
        Log($"tagger pruning chosen: under {best.Units} units");
        DevScore = best.Score;
        PrunedUnder = best.Units;
        return best.Model;
    }
}
