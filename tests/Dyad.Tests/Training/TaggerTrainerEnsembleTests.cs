using Dyad.Formats;
using Dyad.Tagging;
using Dyad.Tests.Parsing;
using Dyad.TestSupport;
using Dyad.Training;

namespace Dyad.Tests.Training;

public sealed class TaggerTrainerEnsembleTests
{
    private static TaggerTrainer Trainer(int ensemble, int refineFolds = 0) =>
        new() { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, Ensemble = ensemble, RefineFolds = refineFolds };

    private static string[] Tags(TaggerModel model)
    {
        var doc = ConlluDocs.Build("t", TinyTreebank.Conll());
        new PosTagger(model).Process(doc);
        return [.. Enumerable.Range(0, doc.TokenCount).Select(i => doc[i].Xpos!)];
    }

    private static byte[] Bytes(TaggerModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            return File.ReadAllBytes(path);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Train_EnsembleOfTwo_LearnsTheTinyTreebankAndRoundTrips(int refineFolds)
    {
        var tiny = TinyTreebank.Sentences();
        var trainer = Trainer(2, refineFolds);
        var model = trainer.Train(tiny, tiny);
        Assert.Equal(2, trainer.MemberEpochs.Count);
        var gold = tiny.SelectMany(s => s.Xpos).ToArray();
        var tags = Tags(model);
        int correct = Enumerable.Range(0, gold.Length).Count(i => tags[i] == gold[i]);
        Assert.True(correct >= 0.95 * gold.Length, $"{correct}/{gold.Length} tags right");
        var path = Path.Combine(Path.GetTempPath(), $"dyad-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.Equal(tags, Tags(loaded));
            Assert.Equal(model.RefineMargin, loaded.RefineMargin);
            Assert.Equal(model.Refiner is null, loaded.Refiner is null);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Train_EnsembleOfTwo_IsTheMeanOfItsSeedsWeights()
    {
        var tiny = TinyTreebank.Sentences();
        var seed1 = new TaggerTrainer { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, Seed = 1 }.Train(tiny, tiny);
        var seed2 = new TaggerTrainer { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, Seed = 2 }.Train(tiny, tiny);
        var ensemble = Trainer(2).Train(tiny, tiny);
        var mean = Dyad.Learning.PerceptronModel.Average([seed1.Weights, seed2.Weights]);
        Assert.Equal(mean.Keys, ensemble.Weights.Keys);
        Assert.Equal(mean.Entries, ensemble.Weights.Entries);
        Assert.Equal(mean.Scale, ensemble.Weights.Scale);
        Assert.NotEqual(seed1.Weights.Entries, seed2.Weights.Entries); // the seeds really differ, so the mean is a third model
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Train_EnsembleOfOne_IsThePlainTaggerByteForByte(int refineFolds)
    {
        var tiny = TinyTreebank.Sentences();
        var plain = new TaggerTrainer { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, RefineFolds = refineFolds }.Train(tiny, tiny);
        var one = Trainer(1, refineFolds).Train(tiny, tiny);
        Assert.Equal(Bytes(plain), Bytes(one));
    }
}
