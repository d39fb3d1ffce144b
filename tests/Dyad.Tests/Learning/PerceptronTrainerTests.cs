using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class PerceptronTrainerTests
{
    // Three classes, each signalled by its own feature plus shared noise features.
    private static (ulong[] Features, int Gold)[] Data()
    {
        var rng = new Random(7);
        return [.. Enumerable.Range(0, 300).Select(i =>
        {
            int gold = i % 3;
            return (new[] { FeatureHash.Of(1, (ulong)gold), FeatureHash.Of(2, (ulong)rng.Next(5)), FeatureHash.Of(3, 0) }, gold);
        })];
    }

    private static PerceptronTrainer Train()
    {
        var trainer = new PerceptronTrainer(3);
        var scores = new float[3];
        for (int epoch = 0; epoch < 3; epoch++)
            foreach (var (f, gold) in Data())
            {
                trainer.Tick();
                trainer.Update(f, gold, trainer.Predict(f, scores));
            }
        return trainer;
    }

    [Fact]
    public void Freeze_AfterTraining_PredictsEveryClass()
    {
        var model = Train().Freeze();
        var scores = new int[3];
        Assert.All(Data(), d => Assert.Equal(d.Gold, model.Predict(d.Features, scores)));
    }

    [Fact]
    public void Freeze_SameUpdates_GiveIdenticalModels()
    {
        var a = Train().Freeze();
        var b = Train().Freeze();
        Assert.Equal(a.Keys, b.Keys);
        Assert.Equal(a.Entries, b.Entries);
    }

    [Fact]
    public void Read_AfterWrite_ScoresTheSame()
    {
        var model = Train().Freeze();
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        stream.Position = 0;
        var copy = PerceptronModel.Read(new BinaryReader(stream));
        AssertScoresEqual(model, copy);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_InPlaceOrCopied_ScoresTheSameAndStopsAfterTheModel(bool bufferVisible)
    {
        var model = Train().Freeze();
        var written = new MemoryStream();
        using (var w = new BinaryWriter(written)) { w.Write(7); model.Write(w); w.Write(-42); }
        var bytes = written.ToArray();
        // A visible buffer is parsed in place (as model files are); a hidden one is copied from the stream first.
        using var r = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: bufferVisible));
        Assert.Equal(7, r.ReadInt32());
        var copy = PerceptronModel.Read(r);
        Assert.Equal(-42, r.ReadInt32());
        Assert.Equal(model.Keys, copy.Keys);
        Assert.Equal(model.Entries, copy.Entries);
        AssertScoresEqual(model, copy);
    }

    [Fact]
    public void Predict_WithAllowedMask_SkipsForbiddenClasses()
    {
        var model = Train().Freeze();
        var f = new[] { FeatureHash.Of(1, 0UL) };
        Assert.Equal(0, model.Predict(f, new int[3]));
        Assert.NotEqual(0, model.Predict(f, new int[3], [false, true, true]));
    }

    [Fact]
    public void Add_OneClass_MovesOnlyThatClassOfThoseFeatures()
    {
        var trainer = new PerceptronTrainer(3);
        var f = new[] { FeatureHash.Of(9, 1UL) };
        trainer.Tick();
        trainer.Add(f, 2, 1.5f);
        var scores = new float[3];
        trainer.Score(f, scores);
        Assert.Equal([0f, 0f, 1.5f], scores);
        Assert.Throws<ArgumentOutOfRangeException>(() => trainer.Add(f, 3, 1f));
    }

    [Fact]
    public void FeatureHash_IsPinned_SoShippedModelsKeepWorking()
    {
        // Model files store these hashes: a change here silently breaks every shipped model.
        Assert.Equal(11544453624422677049UL, FeatureHash.Text("iran"));
        Assert.Equal(FeatureHash.Text("iran"), FeatureHash.Lower("Iran"));
    }

    private static void AssertScoresEqual(PerceptronModel model, PerceptronModel copy)
    {
        var s1 = new int[3];
        var s2 = new int[3];
        foreach (var (f, _) in Data())
        {
            Array.Clear(s1);
            Array.Clear(s2);
            model.Score(f, s1);
            copy.Score(f, s2);
            Assert.Equal(s1, s2);
        }
    }
}
