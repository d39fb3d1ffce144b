using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>WordNet classes in the recogniser: extra features only when the model has them, stored in and read from the model file.</summary>
public sealed class WordNetFeaturesTests
{
    private static readonly string[] Sentence = ["We", "ate", "at", "Slice", "Pizza", "in", "Paris", "with", "the", "children", "."];

    private static NerFeatures Features(WordNetClasses? wordNet)
    {
        var gazetteer = new NameGazetteer();
        gazetteer.Freeze();
        return new NerFeatures(gazetteer, new CasePrior(), wordNet);
    }

    [Fact]
    public void Extract_WithWordNet_AddsTheRunHeadsClassToCapitalisedRunsOnly()
    {
        var plain = new NerScratch();
        var rich = new NerScratch();
        Features(null).Extract(new ArrayWords(Sentence), plain);
        Features(WordNetReaderTests.Fixture()).Extract(new ArrayWords(Sentence), rich);
        for (int i = 0; i < Sentence.Length; i++)
        {
            var before = plain.FeaturesOf(i);
            var after = rich.FeaturesOf(i);
            bool inRun = char.IsUpper(Sentence[i][0]);
            Assert.Equal(before.Length + (inRun ? 1 : 0), after.Length);
            Assert.True(after[..before.Length].SequenceEqual(before), $"features of '{Sentence[i]}' changed");
        }
        // "Pizza" is a food noun; the extractor without WordNet leaves the classes at 0.
        Assert.NotEqual(0UL, rich.WordNet[4]);
        Assert.Equal(0UL, plain.WordNet[4]);
        // "We" and "Paris" are both one-word runs: only their heads' classes (none; a location instance) tell them apart.
        Assert.NotEqual(rich.FeaturesOf(0)[^1], rich.FeaturesOf(6)[^1]);
    }

    [Fact]
    public void Save_ModelWithWordNet_LoadsWithTheSameClassesAndScores()
    {
        var train = NerTrainingTests.Corpus(24, 0);
        var dev = NerTrainingTests.Corpus(6, 3);
        var features = new NerFeatures(new NameGazetteer(), CasePrior.Learn(train.Select(s => s.Words)), WordNetReaderTests.Fixture());
        features.Gazetteer.Freeze();
        var model = new NerTrainer(features) { Epochs = 3, Seed = 5 }.Train(train);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.NotNull(loaded.Features.WordNet);
            Assert.Equal(features.WordNet!.Count, loaded.Features.WordNet.Count);
            Assert.Equal(NerTraining.Score(model, dev).Format(), NerTraining.Score(loaded, dev).Format());

            new NerModel(Features(null), model.Weights).Save(path);
            Assert.Null(NerModel.Load(path).Features.WordNet);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Train_EnsembleOfTwoWithWordNetAndMargin_KeepsTheTableAndRoundTrips()
    {
        // The session-9 recipe combined: the mean of two margin-trained members keeps the WordNet table of the
        // features the members shared, and the saved file scores as the model in memory.
        var train = NerTrainingTests.Corpus(24, 0);
        var dev = NerTrainingTests.Corpus(6, 3);
        var features = new NerFeatures(new NameGazetteer(), CasePrior.Learn(train.Select(s => s.Words)), WordNetReaderTests.Fixture());
        features.Gazetteer.Freeze();
        var options = new NerTraining.Options("unused", "unused", 3, Seed: 5, Prune: 0.05f, TwoPass: true, Ensemble: 2, Margin: 10);
        var model = NerTraining.Train(features, train, dev, options, TextWriter.Null);
        var score = NerTraining.Score(model, dev);
        Assert.True(score.Of(null).F >= 90, score.Format());
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.Equal(features.WordNet!.Count, loaded.Features.WordNet!.Count);
            Assert.Equal(model.Weights.EntryCount, loaded.Weights.EntryCount);
            Assert.Equal(score.Format(), NerTraining.Score(loaded, dev).Format());
        }
        finally { File.Delete(path); }
    }
}
