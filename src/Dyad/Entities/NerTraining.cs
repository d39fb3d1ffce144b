using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>The `dyad train ner` recipe: data, gazetteer, case prior, epochs, seed (or a seed ensemble); dev scores are reported, test is never read.</summary>
internal static class NerTraining
{
    public sealed record Options(string Shared, string ModelPath, int Epochs = 10, bool Wikigold = false, int Seed = 13, float Prune = 0.05f, bool TwoPass = false, int Ensemble = 1, float Margin = 0, string? WordNet = null);

    public static NerModel Run(Options o, TextWriter log)
    {
        var uner = Path.Combine(o.Shared, "uner-english-ewt");
        var train = NerCorpus.ReadUner(Path.Combine(uner, "en_ewt-ud-train.iob2"));
        var dev = NerCorpus.ReadUner(Path.Combine(uner, "en_ewt-ud-dev.iob2"));
        if (o.Wikigold) train.AddRange(NerCorpus.ReadWikigold(Path.Combine(o.Shared, "wikigold", "wikigold.conll.txt")));
        log.WriteLine($"train {train.Count} sentences, dev {dev.Count}");
        var gazetteer = GazetteerSources.Build(o.Shared);
        var prior = CasePrior.Learn(train.Select(s => s.Words));
        var wordNet = o.WordNet is null ? null : WordNetReader.Read(o.WordNet);
        log.WriteLine($"gazetteer {gazetteer.Count} names, case prior {prior.Count} words{(wordNet is null ? "" : $", WordNet {wordNet.Count} words")}");
        var final = Train(new NerFeatures(gazetteer, prior, wordNet), train, dev, o, log);
        log.Write(Score(final, dev).Format());
        final.Save(o.ModelPath);
        log.WriteLine($"saved {o.ModelPath} ({new FileInfo(o.ModelPath).Length / 1024} KiB, {final.Weights.FeatureCount} features, {final.Weights.EntryCount} weights)");
        return final;
    }

    /// <summary>
    /// One model (seed <see cref="Options.Seed"/>), or with <see cref="Options.Ensemble"/> N &gt; 1 the mean of the
    /// weights of N models of seeds Seed … Seed + N − 1, each trained and early-stopped on dev as a single model is;
    /// the result is then pruned as far as dev allows.
    /// </summary>
    /// <remarks>
    /// The mean of linear models' weights scores as the mean of their scores, so the ensemble costs one model's
    /// lookups. A two-pass member learns its vote weights from its own jackknifed first pass, while at run time the
    /// votes come from the averaged first pass: a better first pass than any member's, so the votes are, if anything,
    /// more reliable than those the members learned to trust (the jackknifed ones come from half-data models anyway).
    /// </remarks>
    public static NerModel Train(NerFeatures features, List<NerSentence> train, IReadOnlyList<NerSentence> dev, Options o, TextWriter log)
    {
        if (o.Ensemble <= 1)
        {
            var (model, f) = TrainMember(features, train, dev, o, log);
            return SmallestNearBest(model, f, dev, log);
        }
        var members = new List<PerceptronModel>(o.Ensemble);
        for (int k = 0; k < o.Ensemble; k++)
        {
            var member = o with { Seed = o.Seed + k };
            log.WriteLine($"ensemble member {k + 1}/{o.Ensemble}: seed {member.Seed}");
            members.Add(TrainMember(features, train, dev, member, log).Model.Weights);
        }
        var mean = new NerModel(features, PerceptronModel.Average(members), o.TwoPass);
        double meanF = Score(mean, dev).Of(null).F;
        log.WriteLine(System.FormattableString.Invariant($"mean of {o.Ensemble} members' weights: dev F1 {meanF:F2}, {mean.Weights.FeatureCount} features, {mean.Weights.EntryCount} weights"));
        return SmallestNearBest(mean, meanF, dev, log);
    }

    /// <summary>Trains one model with <paramref name="o"/>'s seed and keeps the epoch whose model scores best on dev (test is never read).</summary>
    internal static (NerModel Model, double F) TrainMember(NerFeatures features, List<NerSentence> train, IReadOnlyList<NerSentence> dev, Options o, TextWriter log)
    {
        if (o.TwoPass) JackknifePassOne(features, train, o, log);
        NerModel? best = null;
        double bestF = -1;
        var trainer = new NerTrainer(features)
        {
            Epochs = o.Epochs,
            Seed = o.Seed,
            Prune = o.Prune,
            TwoPass = o.TwoPass,
            Margin = o.Margin,
            OnEpoch = (epoch, model) =>
            {
                double f = Score(model, dev).Of(null).F;
                double bare = Score(model, dev, repair: false).Of(null).F;
                log.WriteLine(System.FormattableString.Invariant($"epoch {epoch}: dev F1 {f:F2} ({bare:F2} without the rules after decoding), {model.Weights.FeatureCount} features"));
                if (f > bestF) { bestF = f; best = model; }
            },
        };
        trainer.Train(train);
        return (best!, bestF);
    }

    /// <summary>
    /// The most strongly pruned copy of <paramref name="model"/> whose dev F1 stays within 0.15 of the unpruned
    /// one: most features carry weights too small to change a decision, and a smaller table is faster and smaller.
    /// </summary>
    internal static NerModel SmallestNearBest(NerModel model, double f, IReadOnlyList<NerSentence> dev, TextWriter log)
    {
        var chosen = model;
        foreach (var threshold in new[] { 0.5f, 1f, 2f, 4f })
        {
            int units = (int)Math.Ceiling(threshold / model.Weights.Scale);
            var pruned = new NerModel(model.Features, model.Weights.Pruned(units), model.TwoPass);
            double pf = Score(pruned, dev).Of(null).F;
            log.WriteLine(System.FormattableString.Invariant($"pruned below {threshold}: dev F1 {pf:F2}, {pruned.Weights.FeatureCount} features, {pruned.Weights.EntryCount} weights"));
            if (pf < f - 0.15) break;
            chosen = pruned;
        }
        return chosen;
    }

    /// <summary>
    /// First-pass labels for every training sentence from a one-pass model trained on the other half of the
    /// articles (two folds), so the votes a two-pass model learns from are as noisy as the ones it will see.
    /// </summary>
    /// <remarks>
    /// The labels are the model's bare decoding, without the rules after decoding, as the first pass at run time
    /// is: the trained model then depends on the data, the features and the seed alone, not on the rules.
    /// </remarks>
    private static void JackknifePassOne(NerFeatures features, List<NerSentence> train, Options o, TextWriter log)
    {
        var articles = Articles(train).ToList();
        var cases = NerTrainer.DocCases(train);
        for (int fold = 0; fold < 2; fold++)
        {
            var rest = articles.Where((_, i) => i % 2 != fold).SelectMany(a => a).ToList();
            var model = new NerTrainer(features) { Epochs = o.Epochs, Seed = o.Seed, Prune = o.Prune, Margin = o.Margin }.Train(rest);
            var scratch = new NerScratch();
            foreach (var article in articles.Where((_, i) => i % 2 == fold))
            {
                scratch.Case = cases[article[0].Document];
                var labels = TagArticle(model, article, scratch, repair: false);
                int at = 0;
                foreach (var s in article)
                {
                    s.PassOne = labels[at..(at + s.Words.Length)];
                    at += s.Words.Length;
                }
            }
            log.WriteLine($"first-pass fold {fold + 1}/2 tagged");
        }
    }

    /// <summary>Consecutive sentences of one article.</summary>
    private static IEnumerable<List<NerSentence>> Articles(IReadOnlyList<NerSentence> sentences)
    {
        var current = new List<NerSentence>();
        foreach (var s in sentences)
        {
            if (current.Count > 0 && current[0].Article != s.Article)
            {
                yield return current;
                current = [];
            }
            current.Add(s);
        }
        if (current.Count > 0) yield return current;
    }

    private static int[] TagArticle(NerModel model, List<NerSentence> article, NerScratch scratch, bool repair)
    {
        var words = article.Select(s => new ArrayWords(s.Words)).ToArray();
        var labels = new int[article.Sum(s => s.Words.Length)];
        model.TagDocument<ArrayWords>(words, scratch, labels, repair: repair);
        return labels;
    }

    /// <summary>Tags gold-tokenised sentences (article by article, as the pipeline does) and scores them against their gold tags.</summary>
    public static NerScore Score(NerModel model, IReadOnlyList<NerSentence> gold, bool repair = true)
    {
        var score = new NerScore(BilouLabels.Types);
        var scratch = new NerScratch();
        var cases = NerTrainer.DocCases(gold);
        foreach (var article in Articles(gold))
        {
            scratch.Case = cases[article[0].Document];
            var labels = TagArticle(model, article, scratch, repair);
            int at = 0;
            foreach (var s in article)
            {
                var predicted = new string?[s.Words.Length];
                for (int i = 0; i < predicted.Length; i++) predicted[i] = BilouLabels.ToIob2(i > 0 ? labels[at + i - 1] : -1, labels[at + i]);
                score.Add(s.Tags, predicted);
                at += s.Words.Length;
            }
        }
        return score;
    }
}
