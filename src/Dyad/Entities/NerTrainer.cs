using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>Trains the entity model: a structured averaged perceptron (Viterbi over BILOU) on the shared <see cref="PerceptronTrainer"/>.</summary>
/// <remarks>
/// Each sentence is decoded whole with the current weights; where the best sequence differs from gold, the
/// token features of wrong labels and the label transitions that differ get the usual ±1 update (Collins 2002).
/// </remarks>
internal sealed class NerTrainer(NerFeatures features)
{
    private const int L = BilouLabels.Count;

    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 13;

    /// <summary>Train a two-pass model: sentences with first-pass labels see their article's votes in half the updates.</summary>
    public bool TwoPass { get; init; }

    /// <summary>Averaged weights below this are dropped from the shipped model (a size limit that rarely changes a decision).</summary>
    public float Prune { get; init; } = 0.05f;

    /// <summary>
    /// Cost-augmented decoding in training (a margin): every wrong label of a token scores this much more while the
    /// sentence is decoded for its update, so the weights are pushed until gold wins by a margin, not just wins.
    /// </summary>
    public float Margin { get; init; }

    /// <summary>Called after each epoch with the epoch number and the model averaged so far (for dev scoring).</summary>
    public Action<int, NerModel>? OnEpoch { get; init; }

    public NerModel Train(IReadOnlyList<NerSentence> train)
    {
        var trainer = new PerceptronTrainer(L);
        var scratch = new NerScratch();
        var rng = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var transitions = new float[NerDecoder.TransitionRows * L];
        var gold = new int[256];
        var guess = new int[256];
        Span<ulong> one = stackalloc ulong[1];
        var cases = DocCases(train);
        var votes = TwoPass ? Votes(train) : null;
        NerModel? model = null;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var idx in order)
            {
                var sent = train[idx];
                int n = sent.Words.Length;
                if (n == 0) continue;
                if (gold.Length < n) { gold = new int[n * 2]; guess = new int[n * 2]; }
                BilouLabels.FromIob2(sent.Tags, gold);
                scratch.Case = cases[sent.Document];
                // Half the time without votes: the same weights tag the first pass, which has none.
                scratch.UseVotes = votes is not null && sent.PassOne is not null && rng.Next(2) == 0;
                if (scratch.UseVotes)
                {
                    scratch.Votes = votes![sent.Article];
                    scratch.SetPassOne(sent.PassOne);
                }
                features.Extract(new ArrayWords(sent.Words), scratch);
                var emissions = scratch.Emissions.AsSpan(0, n * L);
                emissions.Clear();
                for (int i = 0; i < n; i++) trainer.Score(scratch.FeaturesOf(i), emissions.Slice(i * L, L));
                if (Margin != 0) AddCosts(emissions, gold.AsSpan(0, n));
                NerDecoder.Transitions(trainer, transitions);
                NerDecoder.Viterbi(emissions, transitions, n, scratch.Work, scratch.Back, guess);
                for (int i = 0; i < n; i++) trainer.Tick();
                for (int i = 0; i < n; i++)
                {
                    if (gold[i] != guess[i]) trainer.Update(scratch.FeaturesOf(i), gold[i], guess[i]);
                    int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? guess[i - 1] : -1;
                    if (gp == pp && gold[i] == guess[i]) continue;
                    one[0] = NerDecoder.Transition(gp);
                    trainer.Add(one, gold[i], 1f);
                    one[0] = NerDecoder.Transition(pp);
                    trainer.Add(one, guess[i], -1f);
                }
            }
            if (OnEpoch is not null || epoch == Epochs)
            {
                model = new NerModel(features, trainer.Freeze(Prune), TwoPass);
                OnEpoch?.Invoke(epoch, model);
            }
        }
        return model ?? throw new InvalidOperationException("no epochs to train");
    }

    /// <summary>Adds each token's cost of every label but its gold one to the emissions (loss-augmented decoding).</summary>
    private void AddCosts(Span<float> emissions, ReadOnlySpan<int> gold)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            var e = emissions.Slice(i * L, L);
            for (int l = 0; l < L; l++)
                if (l != gold[i]) e[l] += Margin;
        }
    }

    /// <summary>First-pass votes per article, from the sentences' <see cref="NerSentence.PassOne"/> labels.</summary>
    private static Dictionary<int, DocVotes> Votes(IEnumerable<NerSentence> sentences)
    {
        var votes = new Dictionary<int, DocVotes>();
        foreach (var s in sentences)
        {
            if (s.PassOne is null) continue;
            if (!votes.TryGetValue(s.Article, out var v)) votes[s.Article] = v = new DocVotes();
            v.Add(new ArrayWords(s.Words), s.PassOne);
        }
        return votes;
    }

    /// <summary>Casing counts per document of a corpus.</summary>
    public static Dictionary<int, DocCase> DocCases(IEnumerable<NerSentence> sentences)
    {
        var cases = new Dictionary<int, DocCase>();
        foreach (var s in sentences)
        {
            if (!cases.TryGetValue(s.Document, out var c)) cases[s.Document] = c = new DocCase();
            c.Add(new ArrayWords(s.Words));
        }
        return cases;
    }
}
