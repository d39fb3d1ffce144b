using Dyad.Documents;
using Dyad.Formats;
using Dyad.Processing;
using Dyad.Tagging;
using Dyad.Tests.Parsing;
using Dyad.TestSupport;
using Dyad.Training;

namespace Dyad.Tests.Tagging;

public sealed class PosTaggerTests
{
    private static TaggerModel TinyModel()
    {
        var tiny = TinyTreebank.Sentences();
        return new TaggerTrainer { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000 }.Train(tiny, tiny);
    }

    [Fact]
    public void Process_TinyModel_TagsItsTrainingSentences()
    {
        var doc = ConlluDocs.Build("tiny", TinyTreebank.Conll());
        new PosTagger(TinyModel()).Process(doc);
        var gold = TinyTreebank.Sentences().SelectMany(s => s.Xpos).ToArray();
        int correct = Enumerable.Range(0, doc.TokenCount).Count(i => doc[i].Xpos == gold[i]);
        Assert.True(correct >= 0.95 * gold.Length, $"{correct}/{gold.Length} tags right");
        Assert.Equal(Upos.VERB, doc[2].Upos);
    }

    [Fact]
    public void Save_ThenLoad_TagsTheSame()
    {
        SaveLoadAndCompare(TinyModel());
    }

    /// <summary>Saves <paramref name="model"/>, loads it back, and checks both tag the tiny treebank alike; returns the loaded model.</summary>
    internal static TaggerModel SaveLoadAndCompare(TaggerModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            var a = ConlluDocs.Build("a", TinyTreebank.Conll());
            var b = ConlluDocs.Build("b", TinyTreebank.Conll());
            new PosTagger(model).Process(a);
            new PosTagger(loaded).Process(b);
            Assert.Equal(Enumerable.Range(0, a.TokenCount).Select(i => a[i].Xpos), Enumerable.Range(0, b.TokenCount).Select(i => b[i].Xpos));
            return loaded;
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Save_ThenLoad_KeepsTheSecondPass()
    {
        // The first-pass weights stand in for a trained second pass: same classes, different features.
        var plain = TinyModel();
        var model = new TaggerModel(plain.Weights, plain.Xpos, plain.Upos, plain.TagDictionary, plain.Ambiguity, plain.Weights);
        Assert.NotNull(SaveLoadAndCompare(model).Refiner);
    }

    [Fact]
    public void Tag_SecondPass_ReTagsOnlyWordsUnderTheRefineMargin()
    {
        // A second pass whose bias alone votes for the last class, so every word it re-tags visibly changes.
        var plain = TinyModel();
        int last = plain.ClassCount - 1;
        var biased = new Dyad.Learning.PerceptronModel(plain.ClassCount, 1f, [Dyad.Learning.FeatureHash.Of(0, 0)], [0, 1], [(last << 16) | 30000]);
        string[] Tags(TaggerModel m)
        {
            var doc = ConlluDocs.Build("t", TinyTreebank.Conll());
            new PosTagger(m).Process(doc);
            return [.. Enumerable.Range(0, doc.TokenCount).Select(i => doc[i].Xpos!)];
        }
        var never = new TaggerModel(plain.Weights, plain.Xpos, plain.Upos, plain.TagDictionary, plain.Ambiguity, biased, refineMargin: 0);
        var always = never.WithRefineMargin(int.MaxValue);
        Assert.Equal(Tags(plain), Tags(never));
        Assert.All(Tags(always), x => Assert.Equal(plain.Xpos[last], x));
        var path = Path.Combine(Path.GetTempPath(), $"dyad-tagger-{Guid.NewGuid():N}.bin");
        try
        {
            never.WithRefineMargin(1234).Save(path);
            Assert.Equal(1234, TaggerModel.Load(path).RefineMargin);
        }
        finally { File.Delete(path); }
    }

    [SharedDataFact("ud-english-ewt/en_ewt-ud-train.conllu")]
    public void Train_OnEwtSlice_LearnsFarAboveChance()
    {
        var train = Treebank.Load(Treebank.EwtPath("train")).Take(1500).ToList();
        var dev = Treebank.Load(Treebank.EwtPath("dev")).Take(300).ToList();
        var trainer = new TaggerTrainer { MaxEpochs = 3 };
        trainer.Train(train, dev);
        // 17 UPOS tags: chance is under 20 %; a slice of 1,500 sentences reaches the high 80s.
        Assert.True(trainer.DevScore!.Upos > 85, trainer.DevScore.ToString());
    }

    [Fact]
    public void Stage_DeclaresItsLayers()
    {
        var tagger = new PosTagger(TinyModel());
        Assert.Equal(Layers.Pos, tagger.Assigns);
        Assert.True(tagger.Requires.HasFlag(Layers.Sentences));
    }
}
