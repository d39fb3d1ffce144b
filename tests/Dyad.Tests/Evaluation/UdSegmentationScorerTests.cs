using Dyad.Evaluation;
using Dyad.Formats;
using Dyad.Processing;
using Dyad.TestSupport;
using Dyad.Tokenization;

namespace Dyad.Tests.Evaluation;

public sealed class UdSegmentationScorerTests
{
    [Fact]
    public void Score_HandMadeDocument_MatchesEveryWordAndSentence()
    {
        var docs = UdRawDocument.FromSentences(UdFixtures.Read(UdFixtures.TwoParagraphs));
        var (words, sentences) = new UdSegmentationScorer(Pipeline.Create(new Tokenizer(), new SentenceSplitter())).Score(docs);
        Assert.Equal(new UdSpanScore(8, 8, 8), words);
        Assert.Equal(new UdSpanScore(3, 3, 3), sentences);
    }

    /// <summary>A regression floor on a fixed slice of EWT dev: the first 400 sentences.</summary>
    [SharedDataFact("ud-english-ewt/en_ewt-ud-dev.conllu")]
    public void Score_EwtDevSlice_StaysAboveFloor()
    {
        var path = ProjectPaths.RequireShared("ud-english-ewt/en_ewt-ud-dev.conllu");
        var docs = UdRawDocument.FromSentences(ConlluReader.ReadFile(path).Take(400));
        var (words, sentences) = new UdSegmentationScorer(Pipeline.Create(new Tokenizer(), new SentenceSplitter())).Score(docs);
        Assert.True(words.F1 >= 0.985, $"words F1 {words.F1:P2} fell below 98.5%");
        Assert.True(sentences.F1 >= 0.78, $"rule-only sentences F1 {sentences.F1:P2} fell below 78%");
    }
}
