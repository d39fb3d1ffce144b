using Dyad.Tagging;
using Dyad.Tests.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Tagging;

public sealed class LemmatizerTests
{
    private static readonly Lemmatizer Tiny = LemmatizerTrainer.Train(TinyTreebank.Sentences());

    [Theory]
    [InlineData("attacked", "VBD", "attack")]
    [InlineData("stopped", "VBD", "stop")]
    [InlineData("liked", "VBN", "like")]
    [InlineData("cities", "NNS", "city")]
    [InlineData("boxes", "NNS", "box")]
    [InlineData("talks", "VBZ", "talk")]
    [InlineData("running", "VBG", "run")]
    [InlineData("Baghdad", "NNP", "Baghdad")]
    [InlineData("The", "DT", "the")]
    [InlineData("bigger", "JJR", "big")]
    public void Lemmatize_RegularForms_FollowTheRules(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Tiny.Lemmatize(form, xpos));

    [Fact]
    public void Train_IrregularVerb_IsLearnedAsAnException()
    {
        Assert.Equal("say", Tiny.Lemmatize("said", "VBD"));
        Assert.Equal("say", Tiny.Lemmatize("Said", "VBD"));
        Assert.Equal("police", Tiny.Lemmatize("Police", "NNS"));
    }

    [Fact]
    public void Save_ThenLoad_KeepsExceptions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-lemma-{Guid.NewGuid():N}.bin");
        try
        {
            Tiny.Save(path);
            var loaded = Lemmatizer.LoadFile(path);
            Assert.Equal(Tiny.ExceptionCount, loaded.ExceptionCount);
            Assert.Equal("say", loaded.Lemmatize("said", "VBD"));
        }
        finally { File.Delete(path); }
    }
}
