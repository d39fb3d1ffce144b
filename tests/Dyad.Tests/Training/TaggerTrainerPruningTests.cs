using Dyad.Tests.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Training;

public sealed class TaggerTrainerPruningTests
{
    private static TaggerTrainer Trainer(IReadOnlyList<int> prune) =>
        new() { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, Ensemble = 2, PruneUnits = prune };

    [Fact]
    public void Train_WithPruneUnits_KeepsTheLargestThresholdThatCostsNoDevAccuracy()
    {
        var tiny = TinyTreebank.Sentences();
        var plain = Trainer([]);
        var full = plain.Train(tiny, tiny);
        var pruning = Trainer([1, 30000]);
        var pruned = pruning.Train(tiny, tiny);
        // Under 30,000 units nearly every weight goes and the tiny treebank is no longer learnt; under 1 unit nothing goes.
        Assert.Equal(1, pruning.PrunedUnder);
        Assert.Equal(plain.DevScore!.Upos, pruning.DevScore!.Upos);
        Assert.True(pruned.Weights.FeatureCount <= full.Weights.FeatureCount);
    }
}
