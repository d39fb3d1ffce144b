using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Evaluation;

/// <summary>Words and sentences F1 of a tokenizer and sentence splitter on gold raw text, by character span (CoNLL 2018 style).</summary>
public sealed class UdSegmentationScorer(Pipeline segmenter)
{
    /// <summary>Runs the segmenter on each document's raw text and sums word and sentence span matches.</summary>
    public (UdSpanScore Words, UdSpanScore Sentences) Score(IEnumerable<UdRawDocument> documents)
    {
        UdSpanScore words = default, sentences = default;
        foreach (var gold in documents)
        {
            var doc = new Doc(gold.Id, gold.Text);
            segmenter.Process(doc);
            var predictedWords = new List<(int, int)>(doc.TokenCount);
            foreach (var t in doc.Tokens) predictedWords.Add((t.Start, t.End));
            var predictedSentences = doc.Sentences.Select(s => (s.Start, s.End)).ToList();
            words += UdSpanScore.Of(gold.Words, predictedWords);
            sentences += UdSpanScore.Of(gold.Sentences, predictedSentences);
        }
        return (words, sentences);
    }
}
