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
    public void Extract_WithWordNet_KeepsEveryOtherFeatureAndAddsClasses()
    {
        var plain = new NerScratch();
        var rich = new NerScratch();
        Features(null).Extract(new ArrayWords(Sentence), plain);
        Features(WordNetReaderTests.Fixture()).Extract(new ArrayWords(Sentence), rich);
        for (int i = 0; i < Sentence.Length; i++)
        {
            var before = plain.FeaturesOf(i);
            var after = rich.FeaturesOf(i);
            Assert.True(after.Length > before.Length, $"no WordNet feature for '{Sentence[i]}'");
            Assert.True(after[..before.Length].SequenceEqual(before), $"features of '{Sentence[i]}' changed");
        }
        // "Pizza" is listed (noun.food); the extractor without WordNet leaves the classes at 0.
        Assert.NotEqual(0UL, rich.WordNet[4]);
        Assert.Equal(0UL, plain.WordNet[4]);
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
}
