using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

public sealed class PunctuationAsideTests
{
    private static ParserModel Train(bool aside, int punctuationEpochs)
    {
        var tiny = TinyTreebank.Sentences();
        return new ParserTrainer { MaxEpochs = 10, Patience = 10, PunctuationAside = aside, PunctuationEpochs = punctuationEpochs }.Train(tiny, tiny);
    }

    [Fact]
    public void Train_PunctuationAside_LearnsTheTinyTreesAndAttachesEveryMark()
    {
        var tiny = TinyTreebank.Sentences();
        var model = Train(aside: true, punctuationEpochs: 5);
        Assert.True(model.PunctuationAside);
        Assert.NotNull(model.Punctuation);
        var score = ParserTrainer.Evaluate(model, tiny);
        Assert.True(score.Las > 90, score.ToString());
        var features = new ParserFeatures();
        var state = new ParserState();
        foreach (var s in tiny)
        {
            var (heads, rels) = ParserTrainer.Parse(model, s, features, state);
            Assert.Single(heads, h => h < 0);
            for (int i = 0; i < s.Length; i++)
                if (s.Upos[i] == "PUNCT") Assert.Equal("punct", rels[i]);
        }
    }

    [Fact]
    public void SaveThenLoad_KeepsThePunctuationRankerAndTheAsideFlag()
    {
        var plain = Train(aside: true, punctuationEpochs: 0);
        // Any one-class model stands in for a trained ranker: the file must carry it and the flag.
        var ranker = new PerceptronTrainer(1);
        ranker.Tick();
        ranker.Add([FeatureHash.Of(400, 1)], 0, 1f);
        var model = plain.WithPunctuation(ranker.Freeze());
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = ParserModel.Load(path);
            Assert.True(loaded.PunctuationAside);
            Assert.NotNull(loaded.Punctuation);
            Assert.Equal(model.Punctuation!.FeatureCount, loaded.Punctuation!.FeatureCount);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_VersionTwoFile_IsAClearModelFileError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-{Guid.NewGuid():N}.bin");
        try
        {
            ModelFile.Save(path, ParserModel.Kind, 2, w => w.Write(0));
            var e = Assert.Throws<ModelFileException>(() => ParserModel.Load(path));
            Assert.Contains("version 2", e.Message);
        }
        finally { File.Delete(path); }
    }
}
