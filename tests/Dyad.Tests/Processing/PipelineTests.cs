using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tests.Processing;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, Layers requires, Layers assigns) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Assigns => assigns;
        public int Calls { get; private set; }
        public void Process(Doc doc) => Calls++;
    }

    [Fact]
    public void Create_MissingRequirement_NamesStageAndLayer()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            Pipeline.Create(new FakeStage("tagger", Layers.Tokens | Layers.Sentences, Layers.Pos)));
        Assert.Contains("tagger", ex.Message);
        Assert.Contains("Tokens", ex.Message);
    }

    [Fact]
    public void Process_RunsStagesInOrder_AndRecordsLayers()
    {
        var a = new FakeStage("tokenizer", Layers.None, Layers.Tokens | Layers.Sentences);
        var b = new FakeStage("tagger", Layers.Tokens, Layers.Pos);
        var doc = new Doc("d1", "Some text.");
        Pipeline.Create(a, b).Process(doc);
        Assert.Equal(1, a.Calls);
        Assert.Equal(1, b.Calls);
        Assert.Equal(Layers.Tokens | Layers.Sentences | Layers.Pos, doc.Layers);
    }

    [Fact]
    public void Doc_AddToken_RejectsOffsetsOutsideText()
    {
        var doc = new Doc("d1", "abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.AddToken(2, 5));
        doc.AddToken(0, 3, false);
        Assert.Equal("abc", doc[0].Text);
        Assert.Equal(-1, doc[0].Head);
    }
}
