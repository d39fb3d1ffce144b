using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>The parser's seed ensemble by weight averaging: one member is that member, two learn the tiny trees and survive a file.</summary>
public sealed class ParserAverageTests
{
    private static ParserModel Train(int seed, IReadOnlyList<TreebankSentence>? sentences = null, int beam = 1)
    {
        var tiny = sentences ?? TinyTreebank.Sentences();
        return new ParserTrainer { Seed = seed, MaxEpochs = 10, Patience = 10, BeamWidth = beam, PunctuationAside = true, PunctuationEpochs = 3 }.Train(tiny, tiny);
    }

    private static List<(int[] Heads, string[] Rels)> ParseAll(ParserModel model)
    {
        var features = new ParserFeatures();
        var state = new ParserState();
        return [.. TinyTreebank.Sentences().Select(s => ParserTrainer.Parse(model, s, features, state))];
    }

    private static void AssertSameParses(ParserModel expected, ParserModel actual)
    {
        var a = ParseAll(expected);
        var b = ParseAll(actual);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Heads, b[i].Heads);
            Assert.Equal(a[i].Rels, b[i].Rels);
        }
    }

    [Fact]
    public void Average_OfOneParser_ParsesAsThatParser()
    {
        var model = Train(seed: 1);
        var mean = ParserModel.Average([model]);
        Assert.NotNull(mean.Punctuation);
        Assert.Equal(model.Transitions.FeatureCount, mean.Transitions.FeatureCount);
        Assert.Equal(model.Labels.FeatureCount, mean.Labels.FeatureCount);
        AssertSameParses(model, mean);
    }

    [Fact]
    public void Average_OfTwoSeeds_LearnsTheTinyTreesAndRoundTrips()
    {
        var members = new[] { Train(seed: 1), Train(seed: 2) };
        var mean = ParserModel.Average(members);
        Assert.True(mean.PunctuationAside);
        Assert.NotNull(mean.Punctuation);
        Assert.True(mean.Transitions.FeatureCount >= members.Max(m => m.Transitions.FeatureCount));
        var score = ParserTrainer.Evaluate(mean, TinyTreebank.Sentences());
        Assert.True(score.Las > 90, score.ToString());
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-{Guid.NewGuid():N}.bin");
        try
        {
            mean.Save(path);
            AssertSameParses(mean, ParserModel.Load(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Average_OfParsersWithDifferentRelations_IsRefused()
    {
        // Without the third sentence the relations lack aux and ccomp, so the label classes would not line up.
        var fewer = TinyTreebank.Sentences().Where((_, i) => i != 2).ToList();
        var e = Assert.Throws<ArgumentException>(() => ParserModel.Average([Train(seed: 1), Train(seed: 1, fewer)]));
        Assert.Contains("relations", e.Message);
    }

    [Fact]
    public void Average_OfBeamMembers_KeepsTheWidthAndLearns()
    {
        var mean = ParserModel.Average([Train(seed: 1, beam: 4), Train(seed: 2, beam: 4)]);
        Assert.Equal(4, mean.BeamWidth);
        var score = ParserTrainer.Evaluate(mean, TinyTreebank.Sentences());
        Assert.True(score.Las > 90, score.ToString());
        Assert.Throws<ArgumentException>(() => ParserModel.Average([Train(seed: 1, beam: 4), Train(seed: 1)]));
    }
}
