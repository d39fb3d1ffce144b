using Dyad.Learning;
using Dyad.Parsing;

namespace Dyad.Training;

/// <summary>Trains the parser's punctuation re-attacher: a ranking perceptron over candidate heads, on the parser's own trees of train.</summary>
/// <remarks>
/// The trees come from parsing the (jackknifed-tag) training sentences with the finished parser, so the ranker sees the
/// kind of tree it will correct; marks whose gold head is not among the candidates give no update. The ranker is kept
/// only if it raises dev LAS.
/// </remarks>
internal sealed class PunctuationTrainer
{
    public int Seed { get; init; } = 1;
    public int MaxEpochs { get; init; } = 8;
    public int Patience { get; init; } = 2;

    public Action<string> Log { get; init; } = _ => { };

    public SyntaxScore? DevScore { get; private set; }

    public ParserModel Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev, ParserModel parser)
    {
        var plain = parser.WithPunctuation(null);
        var features = new ParserFeatures();
        var state = new ParserState();
        var relIndex = plain.Relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var trees = new (int[] Heads, int[] Labels)[train.Count];
        // The parser's trees, not gold ones: trained on gold trees the ranker never sees a parser error (80.10 against
        // 80.12 dev LAS in session 5, docs/notes/syntax.md).
        for (int i = 0; i < train.Count; i++)
        {
            var (heads, rels) = ParserTrainer.Parse(plain, train[i], features, state);
            trees[i] = (heads, rels.Select(r => relIndex.GetValueOrDefault(r, -1)).ToArray());
        }
        var trainer = new PerceptronTrainer(1);
        var rng = new Random(Seed + 11);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> f = stackalloc ulong[PunctuationFeatures.MaxFeatures];
        Span<float> score = stackalloc float[1];
        var best = plain;
        DevScore = ParserTrainer.Evaluate(plain, dev);
        Log($"punctuation: dev without the re-attacher {DevScore}");
        int sinceBest = 0;
        for (int epoch = 1; epoch <= MaxEpochs && sinceBest < Patience; epoch++)
        {
            rng.Shuffle(order);
            long marks = 0, right = 0;
            foreach (var si in order)
            {
                var s = train[si];
                ParserTrainer.Prepare(features, s, plain.Classes);
                state.SetTree(trees[si].Heads, trees[si].Labels);
                var pf = features.Punctuation;
                bool aside = plain.PunctuationAside && Unattach(features, state, s.Length);
                pf.Begin(state);
                for (int p = 0; p < s.Length; p++)
                {
                    if (!pf.ToAttach(state, p, aside)) continue;
                    pf.Collect(state, p);
                    int gold = -1, guess = -1;
                    float guessScore = float.NegativeInfinity;
                    for (int k = 0; k < pf.CandidateCount; k++)
                    {
                        if (pf.Candidate(k) == s.Heads[p]) gold = k;
                        score[0] = 0;
                        trainer.Score(f[..pf.Features(state, p, k, f)], score);
                        if (score[0] > guessScore) { guess = k; guessScore = score[0]; }
                    }
                    trainer.Tick();
                    marks++;
                    if (gold < 0 || guess < 0) continue;
                    if (gold == guess) right++;
                    else
                    {
                        trainer.Add(f[..pf.Features(state, p, gold, f)], 0, 1f);
                        trainer.Add(f[..pf.Features(state, p, guess, f)], 0, -1f);
                    }
                    state.Heads[p] = pf.Candidate(guess);
                }
            }
            var model = plain.WithPunctuation(trainer.Freeze());
            var dscore = ParserTrainer.Evaluate(model, dev);
            Log(FormattableString.Invariant($"punctuation epoch {epoch}: train marks right {100.0 * right / Math.Max(1, marks):F2}%  dev {dscore}  features {model.Punctuation!.FeatureCount}"));
            if (dscore.Las > DevScore.Las) { best = model; DevScore = dscore; sinceBest = 0; }
            else sinceBest++;
        }
        return best;
    }

    // With punctuation set aside the parser leaves every mark unattached until the ranker runs: train in the same
    // state. Returns false for a sentence of punctuation only, which is parsed whole.
    private static bool Unattach(ParserFeatures features, ParserState state, int n)
    {
        int marks = 0;
        for (int i = 0; i < n; i++) if (features.IsPunct(i)) marks++;
        if (marks == 0 || marks == n) return false;
        for (int i = 0; i < n; i++) if (features.IsPunct(i)) state.Heads[i] = -1;
        return true;
    }
}
