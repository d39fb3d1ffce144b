using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>The `dyad train ner` recipe on a tiny corpus: a seed ensemble learns and round-trips, an ensemble of one is the plain model, a margin trains on.</summary>
public sealed class NerTrainingTests
{
    private static readonly string[] People = ["John Smith", "Mary Jones", "Ahmed Ali", "Anna Berg", "Li Wei", "Tom Hardy"];
    private static readonly string[] Places = ["Paris", "Cairo", "Lima", "Oslo", "Quito", "Dakar"];
    private static readonly string[] Groups = ["Acme Corp", "Globex Inc", "Initech Ltd", "Hooli Corp", "Vandelay Inc", "Umbrella Ltd"];

    /// <summary>Articles of three sentences ("PERSON visited PLACE .", "GROUP hired PERSON .", "PERSON left GROUP in PLACE ."), each its own document.</summary>
    internal static List<NerSentence> Corpus(int articles, int offset)
    {
        var corpus = new List<NerSentence>();
        for (int a = 0; a < articles; a++)
        {
            string person = People[(a + offset) % People.Length], place = Places[(a * 5 + offset) % Places.Length];
            string group = Groups[(a * 7 + offset) % Groups.Length];
            foreach (var parts in new[]
            {
                new[] { (person, "PER"), ("visited", ""), (place, "LOC"), (".", "") },
                [(group, "ORG"), ("hired", ""), (person, "PER"), (".", "")],
                [(person, "PER"), ("left", ""), (group, "ORG"), ("in", ""), (place, "LOC"), (".", "")],
            })
            {
                var words = new List<string>();
                var tags = new List<string>();
                foreach (var (text, label) in parts)
                {
                    var pieces = text.Split(' ');
                    for (int i = 0; i < pieces.Length; i++)
                    {
                        words.Add(pieces[i]);
                        tags.Add(label.Length == 0 ? "O" : (i == 0 ? "B-" : "I-") + label);
                    }
                }
                corpus.Add(new NerSentence([.. words], [.. tags], null) { Document = a + 1, Article = a + 1 });
            }
        }
        return corpus;
    }

    private static NerFeatures Features(List<NerSentence> train)
    {
        var gazetteer = new NameGazetteer();
        gazetteer.Freeze();
        return new NerFeatures(gazetteer, CasePrior.Learn(train.Select(s => s.Words)));
    }

    private static NerModel Train(int ensemble, int epochs = 3, bool twoPass = true, float margin = 0)
    {
        var train = Corpus(24, 0);
        var options = new NerTraining.Options("unused", "unused", epochs, Seed: 5, Prune: 0.05f, TwoPass: twoPass, Ensemble: ensemble, Margin: margin);
        return NerTraining.Train(Features(train), train, Corpus(6, 3), options, TextWriter.Null);
    }

    private static byte[] Bytes(NerModel model)
    {
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            return File.ReadAllBytes(path);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Train_EnsembleOfTwo_LearnsAndRoundTrips()
    {
        var model = Train(ensemble: 2);
        var dev = Corpus(6, 3);
        var score = NerTraining.Score(model, dev);
        Assert.True(score.Of(null).F >= 90, score.Format());
        Assert.True(model.TwoPass);

        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.Equal(model.Weights.EntryCount, loaded.Weights.EntryCount);
            Assert.Equal(score.Format(), NerTraining.Score(loaded, dev).Format());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Train_EnsembleOfTwo_DiffersFromEitherSeedAlone()
    {
        // The mean of two seeds' weights is a new model, not a copy of the first member.
        Assert.NotEqual(Bytes(Train(ensemble: 1)), Bytes(Train(ensemble: 2)));
    }

    [Fact]
    public void Train_EnsembleOfOne_IsThePlainModelByteForByte()
    {
        // N = 1 is the plain recipe (one trainer, its last epoch here, pruned on dev), not a re-quantised mean of one.
        var train = Corpus(24, 0);
        var dev = Corpus(6, 3);
        var plain = new NerTrainer(Features(train)) { Epochs = 1, Seed = 5, Prune = 0.05f }.Train(train);
        var expected = NerTraining.SmallestNearBest(plain, NerTraining.Score(plain, dev).Of(null).F, dev, TextWriter.Null);
        Assert.Equal(Bytes(expected), Bytes(Train(ensemble: 1, epochs: 1, twoPass: false)));
    }

    [Fact]
    public void Train_WithMargin_LearnsAndKeepsUpdatingAfterGoldWins()
    {
        // The plain perceptron stops updating once every training sentence decodes right; with a margin the
        // cost-augmented decoding still finds violations, so the weights (and the file) differ.
        var margin = Train(ensemble: 1, margin: 5);
        Assert.True(NerTraining.Score(margin, Corpus(6, 3)).Of(null).F >= 90);
        Assert.NotEqual(Bytes(Train(ensemble: 1)), Bytes(margin));
    }
}
