using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

public sealed class ReverseParserTests
{
    private static ParserModel TinyReversed(out ParserTrainer trainer)
    {
        var tiny = TinyTreebank.Sentences();
        trainer = new ParserTrainer { MaxEpochs = 10, Patience = 10, Reverse = true, PunctuationAside = true, PunctuationEpochs = 3 };
        return trainer.Train(tiny, tiny);
    }

    [Fact]
    public void Mirror_ReversesWordsAndMapsHeads()
    {
        var s = TinyTreebank.Sentences()[0]; // The army attacked the rebels .
        var m = ParserTrainer.Mirror(s);
        Assert.Equal([".", "rebels", "the", "attacked", "army", "The"], m.Forms);
        // attacked (index 2, the root) becomes index 3; "army" (1 → 2) becomes 4 → 3.
        Assert.Equal([3, 3, 1, -1, 3, 4], m.Heads);
        Assert.Equal(s.Heads, ParserTrainer.Mirror(m).Heads);
    }

    [Fact]
    public void Train_Reverse_ParsesInTheSentencesOrder()
    {
        var model = TinyReversed(out var trainer);
        Assert.True(model.Reverse);
        // Scored against the unmirrored gold trees: heads come back in the original order.
        var score = ParserTrainer.Evaluate(model, TinyTreebank.Sentences());
        Assert.True(score.Las > 90, score.ToString());
        Assert.Equal(trainer.DevScore!.Las, score.Las, 6);
        // Read left to right, the same weights parse the mirror image and lose the trees.
        Assert.True(ParserTrainer.Evaluate(model.WithReverse(false), TinyTreebank.Sentences()).Las < score.Las);
    }

    [Fact]
    public void Save_ThenLoad_KeepsTheDirection()
    {
        var model = TinyReversed(out _);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-r2l-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = ParserModel.Load(path);
            Assert.True(loaded.Reverse);
            var tiny = TinyTreebank.Sentences();
            Assert.Equal(ParserTrainer.Evaluate(model, tiny).Las, ParserTrainer.Evaluate(loaded, tiny).Las);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_OlderVersion_ReadsLeftToRight()
    {
        var model = TinyReversed(out _);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-v3-{Guid.NewGuid():N}.bin");
        try
        {
            VersionThreeParserFile.Save(path, model);
            Assert.False(ParserModel.Load(path).Reverse);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_TruncatedReversedFile_IsAClearError()
    {
        var model = TinyReversed(out _);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-cut-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            Assert.Throws<ModelFileException>(() => ParserModel.Load(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Average_DifferentDirections_IsRefused()
    {
        var model = TinyReversed(out _);
        Assert.Throws<ArgumentException>(() => ParserModel.Average([model, model.WithReverse(false)]));
    }
}
