using Dyad.Parsing;

namespace Dyad.Training;

/// <summary>Combines parsers trained with different seeds into one by averaging their weights, then picks the punctuation ranker on dev.</summary>
/// <remarks>
/// The averaged transition and relation classifiers score every state as the members' summed scores would, so the
/// ensemble parses at one parser's lookup cost (a larger table). The averaged ranker scores the members' rankers'
/// mean, but each was trained on its own member's trees; a ranker retrained on the ensemble's trees of train is the
/// alternative, and whichever parses dev better is kept (the averaged one on a tie).
/// </remarks>
internal sealed class ParserEnsemble
{
    public int Seed { get; init; } = 1;

    /// <summary>Epochs for the ranker retrained on the ensemble's trees (0: keep the averaged ranker without trying).</summary>
    public int PunctuationEpochs { get; init; } = 10;

    public int Patience { get; init; } = 3;

    public Action<string> Log { get; init; } = _ => { };

    public SyntaxScore? DevScore { get; private set; }

    /// <summary>The members' average with the better ranker on <paramref name="dev"/>; <paramref name="train"/> (tagged as the members' was) trains the alternative.</summary>
    public ParserModel Combine(IReadOnlyList<ParserModel> members, IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        var averaged = ParserModel.Average(members);
        if (!averaged.Reverse) return Combine(averaged, members.Count, train, dev);
        // A right-to-left mean's ranker learns on mirrored trees, as its members' did.
        return Combine(averaged.WithReverse(false), members.Count, ParserTrainer.Mirrored(train), ParserTrainer.Mirrored(dev)).WithReverse(true);
    }

    private ParserModel Combine(ParserModel averaged, int count, IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        DevScore = ParserTrainer.Evaluate(averaged, dev);
        Log($"ensemble of {count}: dev with the averaged ranker {DevScore}  features {averaged.Transitions.FeatureCount}+{averaged.Labels.FeatureCount}");
        if (PunctuationEpochs <= 0 || !averaged.PunctuationAside) return averaged;
        var punctuation = new PunctuationTrainer { Seed = Seed, MaxEpochs = PunctuationEpochs, Patience = Patience, Log = Log };
        var retrained = punctuation.Train(train, dev, averaged);
        Log($"ensemble of {count}: dev with a ranker retrained on its trees {punctuation.DevScore}");
        if (punctuation.DevScore!.Las <= DevScore.Las) return averaged;
        DevScore = punctuation.DevScore;
        return retrained;
    }
}
