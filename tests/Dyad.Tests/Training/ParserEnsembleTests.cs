using Dyad.Parsing;
using Dyad.Tests.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Training;

public sealed class ParserEnsembleTests
{
    private static ParserModel Train(int seed)
    {
        var tiny = TinyTreebank.Sentences();
        return new ParserTrainer { Seed = seed, MaxEpochs = 10, Patience = 10, PunctuationAside = true, PunctuationEpochs = 3 }.Train(tiny, tiny);
    }

    [Fact]
    public void Combine_TwoSeeds_KeepsTheBetterRankerAndReportsItsDevScore()
    {
        var tiny = TinyTreebank.Sentences();
        var members = new[] { Train(1), Train(2) };
        var averaged = ParserTrainer.Evaluate(ParserModel.Average(members), tiny);
        var ensemble = new ParserEnsemble { PunctuationEpochs = 3 };
        var combined = ensemble.Combine(members, tiny, tiny);
        var score = ParserTrainer.Evaluate(combined, tiny);
        Assert.Equal(ensemble.DevScore!.Las, score.Las);
        Assert.True(score.Las >= averaged.Las, $"{score} against {averaged}");
        Assert.True(score.Las > 90, score.ToString());
    }

    [Fact]
    public void Combine_WithoutRankerEpochs_IsTheAverage()
    {
        var tiny = TinyTreebank.Sentences();
        var members = new[] { Train(1), Train(2) };
        var combined = new ParserEnsemble { PunctuationEpochs = 0 }.Combine(members, tiny, tiny);
        var averaged = ParserModel.Average(members);
        Assert.Equal(averaged.Transitions.Keys, combined.Transitions.Keys);
        Assert.Same(averaged.Relations, combined.Relations);
        Assert.Equal(ParserTrainer.Evaluate(averaged, tiny).Las, ParserTrainer.Evaluate(combined, tiny).Las);
    }
}
