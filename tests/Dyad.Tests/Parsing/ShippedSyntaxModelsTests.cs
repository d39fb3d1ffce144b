using Dyad.Formats;
using Dyad.Processing;
using Dyad.TestSupport;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>The shipped tagger, lemmatizer and parser still score above a floor on a fixed slice of EWT dev.</summary>
public sealed class ShippedSyntaxModelsTests
{
    [SharedDataFact("ud-english-ewt/en_ewt-ud-dev.conllu")]
    public void ShippedModels_OnEwtDevSlice_ScoreAboveFloor()
    {
        var models = Path.Combine(RepoPaths.Root, "models");
        foreach (var name in new[] { "tagger.bin", "lemmatizer.bin", "parser.bin" })
            Assert.True(File.Exists(Path.Combine(models, name)), $"shipped model models/{name} is missing: run `dyad train` (see training/syntax.md)");
        var gold = ConlluReader.ReadFile(Treebank.EwtPath("dev")).Take(500).ToList();
        var doc = ConlluDocs.Build("dev-slice", gold);
        Stages.ForDocuments(Layers.Tokens | Layers.Sentences, models).Process(doc);
        var score = new SyntaxScore();
        int k = 0;
        foreach (var s in gold)
        {
            var sentence = TreebankSentence.From(s);
            int n = sentence.Length, first = k;
            var tokens = Enumerable.Range(first, n).Select(i => doc[i]).ToArray();
            score.Add(sentence,
                [.. tokens.Select(t => t.Upos.ToString())], [.. tokens.Select(t => t.Xpos!)], [.. tokens.Select(t => t.Lemma!)],
                [.. tokens.Select(t => t.Head < 0 ? -1 : t.Head - first)], [.. tokens.Select(t => t.DepRel!)]);
            k += n;
        }
        // Floors sit a few points under the shipped models' figures on this slice, to catch regressions, not noise.
        Assert.True(score.Upos > 92, score.ToString());
        Assert.True(score.Lemma > 94, score.ToString());
        Assert.True(score.Las > 74, score.ToString());
    }
}
