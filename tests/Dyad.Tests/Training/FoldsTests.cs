using Dyad.Tests.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Training;

public sealed class FoldsTests
{
    private static List<TreebankSentence> WithDocuments(params int[] documents)
    {
        var sentence = TinyTreebank.Sentences()[0];
        return [.. documents.Select(d => sentence with { Document = d })];
    }

    [Fact]
    public void Assign_KeepsEachDocumentInOneFold()
    {
        var sentences = WithDocuments(0, 0, 0, 1, 2, 2, 3, 4, 4, 4, 5);
        var fold = Folds.Assign(sentences, 3);
        for (int i = 1; i < sentences.Count; i++)
            if (sentences[i].Document == sentences[i - 1].Document) Assert.Equal(fold[i - 1], fold[i]);
        Assert.Equal(3, fold.Distinct().Count());
    }

    [Fact]
    public void Assign_GivesEachDocumentToTheSmallestFold()
    {
        var fold = Folds.Assign(WithDocuments(0, 0, 0, 1, 2, 3), 2);
        Assert.Equal([0, 0, 0, 1, 1, 1], fold);
    }

    [Fact]
    public void Assign_WithoutDocuments_TakesIndexModuloK()
    {
        Assert.Equal([0, 1, 2, 0, 1], Folds.Assign(WithDocuments(-1, -1, -1, -1, -1), 3));
    }

    [Fact]
    public void Load_NumbersDocumentsFromNewdocComments()
    {
        var path = Path.GetTempFileName();
        try
        {
            var one = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
            File.WriteAllText(path, "# newdoc id = a\n" + one + one + "# newdoc id = b\n" + one);
            Assert.Equal([0, 0, 1], Treebank.Load(path).Select(s => s.Document));
        }
        finally { File.Delete(path); }
    }
}
