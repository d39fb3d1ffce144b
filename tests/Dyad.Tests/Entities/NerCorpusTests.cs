using Dyad.Entities;
using Dyad.TestSupport;

namespace Dyad.Tests.Entities;

public sealed class NerCorpusTests
{
    [Fact]
    public void ReadUner_ReadsTokensTagsSentIdsAndDocuments()
    {
        var text = "# newdoc id = d1\n# sent_id = s1\n1\tAl\tB-ORG\t-\tstephen\n2\t-\tI-ORG\t-\tstephen\n3\tZaman\tI-ORG\t-\tstephen\n4\t:\tB-OTH\t-\t-\n\n" +
                   "# sent_id = s2\n1\tHi\tO\t-\t-\n\n# newdoc id = d2\n# sent_id = s3\n1\tIraq\tB-LOC\t-\t-\n";
        var sentences = NerCorpus.ReadUner(new StringReader(text));
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Al", "-", "Zaman", ":"], sentences[0].Words);
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], sentences[0].Tags);
        Assert.Equal("s2", sentences[1].SentId);
        Assert.Equal(sentences[0].Document, sentences[1].Document);
        Assert.NotEqual(sentences[1].Document, sentences[2].Document);
    }

    [Fact]
    public void ReadUner_TooFewColumns_FailsWithLineNumber()
    {
        var e = Assert.Throws<FormatException>(() => NerCorpus.ReadUner(new StringReader("1\tIraq\n")));
        Assert.Contains("line 1", e.Message);
    }

    [SharedDataFact("uner-english-ewt/en_ewt-ud-dev.iob2")]
    public void ReadUner_DevFile_MatchesPublishedCounts()
    {
        var dev = NerCorpus.ReadUner(Path.Combine(Dyad.Processing.ProjectPaths.SharedData!, "uner-english-ewt", "en_ewt-ud-dev.iob2"));
        Assert.Equal(2001, dev.Count);
        Assert.Equal(25149, dev.Sum(s => s.Words.Length));
        Assert.Equal(343, dev.Sum(s => s.Tags.Count(t => t == "B-PER")));
    }
}
