using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

public sealed class ParserCombinationTests
{
    // A state holding a finished tree over heads (-1: the root) with the given labels and margins.
    private static ParserState Tree(int[] heads, int[] labels, float[] margins)
    {
        var s = new ParserState();
        s.SetTree(heads, labels);
        for (int i = 0; i < heads.Length; i++) s.Margins[i] = margins[i];
        return s;
    }

    private static (int[] Heads, int[] Labels) Combine(ParserState a, ParserState b)
    {
        var work = new int[2 * (a.Count + 1)];
        ParserCombination.Default.Combine(a, b, new SpanningTree(), work.AsSpan(0, a.Count + 1), work.AsSpan(a.Count + 1));
        return (a.Heads[..a.Count].Select(h => h >= a.Count ? -1 : h).ToArray(), a.Labels[..a.Count]);
    }

    [Fact]
    public void Combine_SameTreeTwice_KeepsIt()
    {
        int[] heads = [1, -1, 1], labels = [3, 0, 4];
        var (h, l) = Combine(Tree(heads, labels, [1, 2, 3]), Tree(heads, [5, 5, 5], [9, 9, 9]));
        Assert.Equal(heads, h);
        Assert.Equal(labels, l);
    }

    [Fact]
    public void Combine_Disagreement_TakesTheSurerArcAndItsLabel()
    {
        // Word 2 hangs from word 1 in the first tree (margin 0.5) and from word 0 in the second (margin 50).
        var (h, l) = Combine(Tree([1, -1, 1], [3, 0, 4], [1, 1, 0.5f]), Tree([1, -1, 0], [3, 0, 7], [1, 1, 50]));
        Assert.Equal([1, -1, 0], h);
        Assert.Equal(7, l[2]);
    }

    [Fact]
    public void Combine_EqualConfidence_KeepsTheFirstParsersArc()
    {
        var (h, l) = Combine(Tree([1, -1, 1], [3, 0, 4], [1, 1, 2]), Tree([1, -1, 0], [3, 0, 7], [1, 1, 2]));
        Assert.Equal([1, -1, 1], h);
        Assert.Equal(4, l[2]);
    }

    [Fact]
    public void Combine_DifferentRootWords_KeepsOneRoot()
    {
        // The trees disagree on the root word; the sure parts of both would give two roots, which the decoder must not.
        var (h, _) = Combine(Tree([1, -1, 1], [3, 0, 4], [1, 50, 1]), Tree([2, 2, -1], [3, 5, 0], [50, 1, 50]));
        Assert.Single(h, x => x == -1);
    }

    [Fact]
    public void Parse_ModelCombinedWithItself_EqualsTheModel()
    {
        var tiny = TinyTreebank.Sentences();
        var model = new ParserTrainer { MaxEpochs = 3, Patience = 3, PunctuationAside = true, PunctuationEpochs = 2 }.Train(tiny, tiny);
        Assert.Equal(ParserTrainer.Evaluate(model, tiny).Las, ParserTrainer.EvaluateCombined(model, model, ParserCombination.Default, tiny).Las);
    }

    [Fact]
    public void Load_CombinesOnlyWhenTheFolderHoldsARightToLeftParser()
    {
        var tiny = TinyTreebank.Sentences();
        var dir = Directory.CreateTempSubdirectory("dyad-parsers-").FullName;
        try
        {
            new ParserTrainer { MaxEpochs = 2, Patience = 2 }.Train(tiny, tiny).Save(Path.Combine(dir, "parser.bin"));
            Assert.False(DependencyParser.Load(dir).Combines);
            File.WriteAllText(Path.Combine(dir, DependencyParser.ReverseFile), "not a model");
            Assert.Throws<Dyad.Learning.ModelFileException>(() => DependencyParser.Load(dir));
            new ParserTrainer { MaxEpochs = 2, Patience = 2, Reverse = true }.Train(tiny, tiny).Save(Path.Combine(dir, DependencyParser.ReverseFile));
            Assert.True(DependencyParser.Load(dir).Combines);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
