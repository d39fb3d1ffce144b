using Dyad.Formats;
using Dyad.Parsing;
using Dyad.Processing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

public sealed class DependencyParserTests
{
    private static ParserModel TinyModel()
    {
        var tiny = TinyTreebank.Sentences();
        return new ParserTrainer { MaxEpochs = 10, Patience = 10 }.Train(tiny, tiny);
    }

    private static Dyad.Documents.Doc GoldTaggedDoc()
    {
        var conll = TinyTreebank.Conll();
        var doc = ConlluDocs.Build("tiny", conll);
        int k = 0;
        foreach (var w in conll.SelectMany(s => s.Words))
            doc.SetTags(k++, Enum.Parse<Dyad.Documents.Upos>(w.Upos), w.Xpos);
        return doc;
    }

    [Fact]
    public void Train_TinyTreebank_LearnsItsTrees()
    {
        var tiny = TinyTreebank.Sentences();
        var trainer = new ParserTrainer { MaxEpochs = 10, Patience = 10 };
        trainer.Train(tiny, tiny);
        Assert.True(trainer.DevScore!.Las > 90, trainer.DevScore.ToString());
    }

    [Fact]
    public void Process_GivesEachSentenceOneRootAndNoCycles()
    {
        var doc = GoldTaggedDoc();
        new DependencyParser(TinyModel()).Process(doc);
        foreach (var s in doc.Sentences)
        {
            var roots = Enumerable.Range(s.FirstToken, s.TokenCount).Where(i => doc[i].Head < 0).ToList();
            Assert.Single(roots);
            Assert.Equal("root", doc[roots[0]].DepRel);
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                int steps = 0;
                for (int h = i; h >= 0; h = doc[h].Head)
                {
                    Assert.InRange(h, s.FirstToken, s.EndToken - 1);
                    Assert.True(++steps <= s.TokenCount, "cycle");
                }
            }
        }
    }

    [Fact]
    public void Save_ThenLoad_ParsesTheSame()
    {
        var model = TinyModel();
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var a = GoldTaggedDoc();
            var b = GoldTaggedDoc();
            new DependencyParser(model).Process(a);
            new DependencyParser(ParserModel.Load(path)).Process(b);
            Assert.Equal(Enumerable.Range(0, a.TokenCount).Select(i => (a[i].Head, a[i].DepRel)), Enumerable.Range(0, b.TokenCount).Select(i => (b[i].Head, b[i].DepRel)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_FileWithARelabeller_IsRefusedClearly()
    {
        // Session-4 trainers could write a relabeller into a v3 file; this build no longer reads one.
        var model = TinyModel();
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-{Guid.NewGuid():N}.bin");
        try
        {
            VersionThreeParserFile.Save(path, model, relabeller: model.Labels);
            var e = Assert.Throws<Dyad.Learning.ModelFileException>(() => ParserModel.Load(path));
            Assert.Contains("relabeller", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Stage_RequiresPos() => Assert.True(new DependencyParser(TinyModel()).Requires.HasFlag(Layers.Pos));
}
