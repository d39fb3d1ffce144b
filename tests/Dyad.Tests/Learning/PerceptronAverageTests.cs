using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class PerceptronAverageTests
{
    // Four classes over shared, noisy features, so that models trained in different orders disagree on weights.
    private static (ulong[] Features, int Gold)[] Data()
    {
        var rng = new Random(11);
        return [.. Enumerable.Range(0, 400).Select(i =>
        {
            int gold = i % 4;
            return (new[] { FeatureHash.Of(1, (ulong)(gold / 2)), FeatureHash.Of(2, (ulong)(gold % 2 + rng.Next(2))), FeatureHash.Of(3, (ulong)rng.Next(7)) }, gold);
        })];
    }

    private static PerceptronModel Train(int seed, int classes = 4)
    {
        var data = Data();
        new Random(seed).Shuffle(data);
        var trainer = new PerceptronTrainer(classes);
        var scores = new float[classes];
        for (int epoch = 0; epoch < 2; epoch++)
            foreach (var (f, gold) in data)
            {
                trainer.Tick();
                trainer.Update(f, gold % classes, trainer.Predict(f, scores));
            }
        return trainer.Freeze();
    }

    private static float[] FloatScores(PerceptronModel model, ulong[] features)
    {
        var scores = new int[model.ClassCount];
        model.Score(features, scores);
        return [.. scores.Select(s => s * model.Scale)];
    }

    [Fact]
    public void Average_OfOneModel_IsThatModel()
    {
        var model = Train(1);
        var same = PerceptronModel.Average([model]);
        Assert.Equal(model.Keys, same.Keys);
        Assert.Equal(model.Scale, same.Scale);
        foreach (var key in model.Keys)
        {
            int[] want = new int[4], got = new int[4];
            model.Score([key], want);
            same.Score([key], got);
            Assert.Equal(want, got);
        }
    }

    [Fact]
    public void Average_OfThreeSeeds_ScoresAsTheMeanOfTheirScores()
    {
        PerceptronModel[] models = [Train(1), Train(2), Train(3)];
        Assert.NotEqual(models[0].Entries, models[1].Entries);
        var mean = PerceptronModel.Average(models);
        foreach (var (features, _) in Data().Take(50))
        {
            var got = FloatScores(mean, features);
            for (int c = 0; c < 4; c++)
            {
                float want = models.Average(m => FloatScores(m, features)[c]);
                // Each model's and the mean's weights are rounded to half a unit; three features per input.
                float tolerance = 3 * (mean.Scale + models.Max(m => m.Scale));
                Assert.InRange(got[c], want - tolerance, want + tolerance);
            }
        }
    }

    [Fact]
    public void Average_KeepsTheUnionOfFeatures()
    {
        PerceptronModel[] models = [Train(1).Pruned(20000), Train(2)];
        var mean = PerceptronModel.Average(models);
        Assert.Equal(models.SelectMany(m => m.Keys).Distinct().Order(), mean.Keys);
    }

    [Fact]
    public void Average_OfDifferentClassSets_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => PerceptronModel.Average([Train(1), Train(1, classes: 3)]));
        Assert.Contains("4 and 3 classes", e.Message);
    }
}
