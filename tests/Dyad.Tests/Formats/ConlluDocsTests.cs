using Dyad.Documents;
using Dyad.Formats;
using Dyad.Processing;

namespace Dyad.Tests.Formats;

public sealed class ConlluDocsTests
{
    private const string TwoDocs = "# newdoc id = a\n1\tHello\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        + "1\tBye\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        + "# newdoc id = b\n1\tNew\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdoc\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    private static List<ConlluSentence> Read(string s) => ConlluReader.Read(new StringReader(s)).ToList();

    [Fact]
    public void ToDocs_SplitsAtNewDoc_WithGoldTokensAndSentences()
    {
        var docs = ConlluDocs.ToDocs(Read(TwoDocs)).ToList();
        Assert.Equal(2, docs.Count);
        var (doc, sentences) = docs[0];
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Hello !\nBye", doc.Text);
        Assert.Equal(3, doc.TokenCount);
        Assert.False(doc[0].SpaceAfter);
        Assert.Equal([new Sentence(0, 2, 0, 7), new Sentence(2, 1, 8, 11)], doc.Sentences);
        Assert.Equal(Layers.Tokens | Layers.Sentences, doc.Layers);
    }

    [Fact]
    public void ToDocs_WithoutNewDoc_BatchesByMaxSentences()
    {
        var plain = TwoDocs.Replace("# newdoc id = a\n", "").Replace("# newdoc id = b\n", "");
        Assert.Equal(3, ConlluDocs.ToDocs(Read(plain), maxSentences: 1).Count());
    }

    [Fact]
    public void Write_ParsedDoc_RoundTripsThroughReader()
    {
        var (doc, original) = ConlluDocs.ToDocs(Read(TwoDocs)).First();
        doc.SetTags(0, Upos.INTJ, "UH");
        doc.SetLemma(0, "hello");
        doc.SetArc(0, -1, "root");
        doc.SetArc(1, 0, "punct");
        doc.SetArc(2, -1, "root");
        doc.SetEntityTag(2, "B-PER");
        doc.Layers |= Layers.Pos | Layers.Dependencies | Layers.Entities;
        var w = new StringWriter();
        ConlluDocs.Write(w, doc, original);

        var back = Read(w.ToString());
        Assert.Equal(2, back.Count);
        Assert.True(back[0].StartsDocument);
        var hello = back[0].Words[0];
        Assert.Equal(("Hello", "hello", "INTJ", "UH", 0, "root"), (hello.Form, hello.Lemma, hello.Upos, hello.Xpos, hello.Head, hello.DepRel));
        Assert.False(hello.SpaceAfter);
        Assert.Equal("O", hello.MiscValue("NER"));
        Assert.Equal((1, "punct"), (back[0].Words[1].Head, back[0].Words[1].DepRel));
        Assert.Equal("B-PER", back[1].Words[0].MiscValue("NER"));
    }

    [Fact]
    public void Write_WithoutOriginal_WritesTextComment()
    {
        var (doc, _) = ConlluDocs.ToDocs(Read(TwoDocs)).First();
        var w = new StringWriter();
        ConlluDocs.Write(w, doc);
        Assert.StartsWith("# text = Hello !\n1\tHello\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", w.ToString().Replace("\r", ""));
    }

    [Fact]
    public void Write_EscapingEdges_UnderscoresFormSpacesKeepsLemmaSpacesAndJoinsMisc()
    {
        // "New York" is one token with a space; the sentence text holds a line break; lemmas are spaced, empty and null.
        var doc = new Doc("d", "New York\nrose .");
        doc.AddToken(0, 8);
        doc.AddToken(9, 4, spaceAfter: false);
        doc.AddToken(14, 1);
        doc.Sentences.Add(new Sentence(0, 3, 0, 15));
        doc.SetTags(0, Upos.PROPN, "NNP");
        doc.SetLemma(0, "New York");
        doc.SetLemma(1, "");
        doc.SetArc(0, 1, "nsubj");
        doc.SetArc(1, -1, "root");
        doc.SetArc(2, 1, null);
        doc.SetEntityTag(0, "B-GPE");
        doc.SetEntityTag(1, "");
        doc.Layers |= Layers.Pos | Layers.Dependencies | Layers.Entities;
        var w = new StringWriter { NewLine = "\n" };
        ConlluDocs.Write(w, doc);
        Assert.Equal("# text = New York rose .\n"
            + "1\tNew_York\tNew York\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=B-GPE\n"
            + "2\trose\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No|NER=\n"
            + "3\t.\t_\t_\t_\t_\t2\t_\t_\tNER=O\n\n", w.ToString());
    }

    [Fact]
    public void Write_Unparsed_WritesUnderscoreHeadsAndNoNer()
    {
        var (doc, original) = ConlluDocs.ToDocs(Read(TwoDocs)).First();
        doc.SetArc(0, -1, "root"); // an arc without the Dependencies layer is not written
        var w = new StringWriter { NewLine = "\n" };
        ConlluDocs.Write(w, doc, original);
        Assert.Equal(TwoDocs[..TwoDocs.IndexOf("# newdoc id = b", StringComparison.Ordinal)], w.ToString());
    }
}
