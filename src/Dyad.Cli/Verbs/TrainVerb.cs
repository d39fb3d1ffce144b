using System.CommandLine;
using Dyad.Parsing;
using Dyad.Processing;
using Dyad.Tagging;
using Dyad.Training;

namespace Dyad.Cli;

internal static partial class Verbs
{
    private static readonly Option<int> SeedOption = new("--seed") { Description = "random seed for shuffling", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> EpochsOption = new("--epochs") { Description = "maximum training epochs (early stopping on dev may end sooner)", DefaultValueFactory = _ => 15 };
    private static readonly Option<int> BeamOption = new("--beam")
    {
        Description = "parser beam width: 1 trains the greedy parser (dynamic oracle), K > 1 a beam search of K trained globally (max-violation)",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<int> ParserEnsembleOption = new("--ensemble")
    {
        Description = "parser seed ensemble: train N parsers (seeds seed..seed+N-1) and average their weights into one; each member is kept "
            + "in the models folder (parser-member-*.bin, git-ignored) and reused by a later run",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<bool> ReverseOption = new("--reverse")
    {
        Description = "train a right-to-left parser (sentences read in reverse order) into parser-r2l.bin; members are kept as with --ensemble, and "
            + "when the folder holds parser.bin the pipeline combines the two parsers' trees",
    };
    private static readonly Option<string> ModelsOption = new("--models") { Description = "folder to write the model and manifest.json into", DefaultValueFactory = _ => "models" };

    /// <summary>`dyad train MODEL`: rebuilds one model from ../shared/data; each model is one subcommand.</summary>
    public static Command Train()
    {
        var train = new Command("train", "Rebuild a model from the training data in ../shared/data (train split; dev for early stopping).");
        train.Subcommands.Add(TrainCommand("tagger", "the part-of-speech tagger (UPOS + XPOS) from UD English-EWT",
            parse => TrainTagger(parse.GetValue(SeedOption), parse.GetValue(EpochsOption), parse.GetValue(ModelsOption)!, parse.GetValue(TaggerEnsembleOption), parse.GetValue(TaggerNamesOption), parse.GetValue(TaggerPruneOption)),
            TaggerEnsembleOption, TaggerNamesOption, TaggerPruneOption));
        train.Subcommands.Add(TrainCommand("lemmatizer", "the lemmatizer's exception list from UD English-EWT",
            parse => TrainLemmatizer(parse.GetValue(SeedOption), parse.GetValue(EpochsOption), parse.GetValue(ModelsOption)!)));
        train.Subcommands.Add(TrainNer());
        train.Subcommands.Add(TrainGazetteer());
        train.Subcommands.Add(TrainClusterText());
        train.Subcommands.Add(TrainClusters());
        train.Subcommands.Add(TrainCommand("parser", "the dependency parser from UD English-EWT, on jackknifed tags (needs models/tagger.bin for dev)",
            parse => TrainParser(parse.GetValue(SeedOption), parse.GetValue(EpochsOption), parse.GetValue(ModelsOption)!, parse.GetValue(BeamOption), parse.GetValue(ParserEnsembleOption), parse.GetValue(ReverseOption),
                new ParserClassOptions(parse.GetValue(ParserWordNetOption), parse.GetValue(AmbiguityClassesOption), parse.GetValue(ParserClustersOption))),
            BeamOption, ParserEnsembleOption, ReverseOption, ParserWordNetOption, AmbiguityClassesOption, ParserClustersOption));
        return train;
    }

    /// <summary>A `dyad train` subcommand with the shared seed, epochs and models options plus <paramref name="extra"/>; a bad
    /// option value or an unreadable file is one line on standard error and exit code 1.</summary>
    private static Command TrainCommand(string name, string description, Func<ParseResult, int> run, params Option[] extra)
    {
        var command = new Command(name, "Train " + description + ".") { SeedOption, EpochsOption, ModelsOption };
        foreach (var option in extra) command.Options.Add(option);
        command.SetAction(parse =>
        {
            try
            {
                return run(parse);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"dyad train {name}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void TrainLog(string line) => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");

    private const int TaggerRefineFolds = 4;

    private static readonly Option<int> TaggerEnsembleOption = new("--ensemble")
    {
        Description = "tagger seeds averaged into one model (seeds SEED to SEED+N-1, trained one after another; the second pass's margin is re-chosen on dev)",
        DefaultValueFactory = _ => 1,
    };

    private static readonly Option<bool> TaggerNamesOption = new("--names")
    {
        Description = "learn gazetteer features (places, organisations, persons, demonyms from ../shared/data's country, GeoNames and PETRARCH lists); the lists go into tagger.bin",
    };

    private static readonly Option<bool> TaggerPruneOption = new("--prune")
    {
        Description = "drop weights under the largest of 100, 200, ..., 800 quantised units that costs no dev UPOS (smaller and faster, chiefly for --ensemble)",
    };

    private static int TrainTagger(int seed, int epochs, string models, int ensemble, bool names, bool prune)
    {
        if (ensemble < 1) throw new ArgumentException("--ensemble must be at least 1");
        var train = Treebank.Load(Treebank.EwtPath("train"));
        var dev = Treebank.Load(Treebank.EwtPath("dev"));
        // The second pass (re-tagging low-margin words with pass 1's tags of the next two words) is on for the shipped tagger;
        // the trainer's default stays one pass, so the parser's jackknife taggers are unchanged.
        var gazetteer = names ? TaggerTrainer.BuildNames(ProjectPaths.RequireShared(".")) : null;
        if (gazetteer is not null) TrainLog($"tagger gazetteer: {gazetteer.WordCount:N0} one-word names, {gazetteer.PairCount:N0} name-edge pairs");
        var trainer = new TaggerTrainer { Seed = seed, MaxEpochs = epochs, RefineFolds = TaggerRefineFolds, Ensemble = ensemble, Names = gazetteer,
            PruneUnits = prune ? [100, 200, 300, 400, 500, 600, 700, 800] : [], Log = TrainLog };
        var model = trainer.Train(train, dev);
        var path = Path.Combine(models, "tagger.bin");
        model.Save(path);
        var score = trainer.DevScore!;
        ModelManifest.Update(Path.Combine(models, "manifest.json"), "tagger", path,
            $"ud-english-ewt v2.16 train (dev for early stopping); {(ensemble > 1 ? $"mean of the weights of seeds {seed} to {seed + ensemble - 1}, first passes from epochs {string.Join(", ", trainer.MemberEpochs)}" : $"first pass from epoch {trainer.BestEpoch}")}; {(names ? $"gazetteer features ({gazetteer!.WordCount:N0} names of one word, {gazetteer.PairCount:N0} name-edge pairs); " : "")}{(trainer.PrunedUnder > 0 ? $"weights under {trainer.PrunedUnder} units pruned; " : "")}{(model.Refiner is null ? "one pass" : $"second pass over {TaggerRefineFolds}-fold jackknifed first-pass tags, re-tagging words with first-pass margin < {model.RefineMargin}")}", seed,
            new Dictionary<string, double> { ["upos"] = score.Upos, ["xpos"] = score.Xpos }, $"dyad train tagger --seed {seed} --epochs {epochs}{(ensemble > 1 ? $" --ensemble {ensemble}" : "")}{(names ? " --names" : "")}{(prune ? " --prune" : "")}");
        TrainLog($"wrote {path} ({new FileInfo(path).Length:N0} bytes; first pass from epoch {string.Join(", ", trainer.MemberEpochs)}, {(model.Refiner is null ? "one pass" : "two passes")}); dev {score}");
        return 0;
    }

    private const int ParserPruneUnits = 400;
    private const int ParserFolds = 2;
    private const int MaxEnsemble = 16;

    private static int TrainParser(int seed, int epochs, string models, int beam, int ensemble, bool reverse, ParserClassOptions options)
    {
        if (beam < 1 || beam > ParserModel.MaxBeamWidth) throw new ArgumentException($"--beam must be 1 to {ParserModel.MaxBeamWidth}");
        if (ensemble < 1 || ensemble > MaxEnsemble) throw new ArgumentException($"--ensemble must be 1 to {MaxEnsemble}");
        CheckParserClasses(options);
        // A right-to-left parser always keeps its members, so combination weights can be re-chosen without retraining it.
        if (ensemble > 1 || reverse) return TrainParserEnsemble(seed, epochs, models, beam, ensemble, reverse, options);
        var train = Treebank.Load(Treebank.EwtPath("train"));
        var dev = Treebank.Load(Treebank.EwtPath("dev"));
        var classes = ParserClassesFrom(options, train);
        var trainTagged = Jackknife.Tag(train, ParserFolds, seed, TrainLog);
        // Loaded after the jackknife so a tagger trained meanwhile is the one that tags dev.
        var devTagged = Jackknife.Retag(TaggerModel.Load(Path.Combine(models, "tagger.bin")), dev);
        var search = beam > 1 ? FormattableString.Invariant($"beam {beam}, trained globally (max-violation); ") : "";
        var command = $"dyad train parser --seed {seed} --epochs {epochs}{(beam > 1 ? $" --beam {beam}" : "")}{options.Flags}";
        // Each improvement is saved at once, with its manifest entry, so a long run always leaves a usable model.
        int lastEpoch = 0;
        var trainer = NewParserTrainer(seed, epochs, beam, (model, epoch) =>
        {
            lastEpoch = epoch;
            SaveParser(model.Pruned(ParserPruneUnits), models, devTagged, $"{search}best epoch {epoch}; pruned below {ParserPruneUnits} units", seed, command);
        }, classes: classes);
        var best = trainer.Train(trainTagged, devTagged);
        // A globally trained model loses more to pruning (twice the features, larger weights): its threshold is chosen on
        // dev, then its margin, which changes the search and not the weights.
        if (beam > 1) SaveChosenParser(best, models, devTagged, $"{search}best epoch {lastEpoch}", seed, command);
        TrainLog($"done; dev (predicted tags) {trainer.DevScore}");
        return 0;
    }

    private static ParserTrainer NewParserTrainer(int seed, int epochs, int beam, Action<ParserModel, int> onImproved, bool reverse = false, ParserClasses? classes = null) => new()
    {
        Seed = seed,
        Classes = classes,
        Reverse = reverse,
        MaxEpochs = epochs,
        BeamWidth = beam,
        Log = TrainLog,
        // Punctuation set aside and re-attached by a ranker: dev LAS 80.19 against 79.98 for the parser attaching marks
        // itself and 80.12 for a ranker re-attaching the parser's marks (docs/notes/syntax.md, session 5).
        PunctuationAside = true,
        PunctuationEpochs = 10,
        // Weights under ParserPruneUnits quantised units are mostly features seen once; the smaller table misses the cache
        // less often. Session 5 (punctuation set aside), dev LAS 80.42 unpruned: 300 units 80.39 (17.4 MB), 400 units
        // 80.42 (16.0 MB), 600 units 80.19 (10.7 MB); parse time at 400 stayed within the noise of 600 units.
        OnImproved = (model, _, epoch) => onImproved(model, epoch),
    };

    /// <summary>
    /// Trains the members one at a time (seeds seed..seed+count-1, each exactly as `dyad train parser --seed S`, unpruned), keeps
    /// each in the models folder so an interrupted or longer run reuses it, averages them and prunes the mean on dev.
    /// </summary>
    private static int TrainParserEnsemble(int seed, int epochs, string models, int beam, int count, bool reverse, ParserClassOptions options)
    {
        string direction = reverse ? "-r2l" : "", file = reverse ? "parser-r2l" : "parser";
        var train = Treebank.Load(Treebank.EwtPath("train"));
        var devTagged = Jackknife.Retag(TaggerModel.Load(Path.Combine(models, "tagger.bin")), Treebank.Load(Treebank.EwtPath("dev")));
        var classes = ParserClassesFrom(options, train);
        var members = new List<ParserModel>();
        List<TreebankSentence>? firstTags = null;
        for (int s = seed; s < seed + count; s++)
        {
            var memberPath = Path.Combine(models, FormattableString.Invariant($"parser{direction}-member-seed{s}-beam{beam}-epochs{epochs}{options.Suffix}.bin"));
            if (File.Exists(memberPath))
            {
                members.Add(ParserModel.Load(memberPath));
                TrainLog($"member seed {s}: reusing {memberPath} (delete it to retrain)");
                continue;
            }
            var tagged = Jackknife.Tag(train, ParserFolds, s, TrainLog);
            if (s == seed) firstTags = tagged;
            var trainer = NewParserTrainer(s, epochs, beam, (_, _) => { }, reverse, classes);
            var member = trainer.Train(tagged, devTagged);
            // Written whole then renamed, so a member file that exists is a finished member.
            member.Save(memberPath + ".tmp");
            File.Move(memberPath + ".tmp", memberPath, overwrite: true);
            members.Add(member);
            TrainLog($"member seed {s}: dev {trainer.DevScore}; wrote {memberPath} ({new FileInfo(memberPath).Length:N0} bytes, unpruned); "
                + $"alone pruned under {ParserPruneUnits} units: dev {ParserTrainer.Evaluate(member.Pruned(ParserPruneUnits), devTagged)}");
        }
        // The alternative ranker learns from the ensemble's trees of train tagged as the first member's were. One member keeps
        // its own ranker (there is no mean for a retrained ranker to improve on), so its train tags are not needed.
        firstTags ??= count > 1 ? Jackknife.Tag(train, ParserFolds, seed, TrainLog) : train;
        var ensemble = new ParserEnsemble { Seed = seed, Log = TrainLog, PunctuationEpochs = count > 1 ? 10 : 0 };
        var combined = ensemble.Combine(members, firstTags, devTagged);
        var command = $"dyad train parser --seed {seed} --epochs {epochs}{(beam > 1 ? $" --beam {beam}" : "")}{(count > 1 ? $" --ensemble {count}" : "")}{(reverse ? " --reverse" : "")}{options.Flags}";
        var how = count > 1 ? $"weight mean of {count} parsers (seeds {seed}-{seed + count - 1})" : $"seed {seed}";
        SaveChosenParser(combined, models, devTagged, $"{(reverse ? "right to left; " : "")}{how}{(beam > 1 ? $", beam {beam} trained globally" : "")}", seed, command, file);
        if (reverse) ScoreCombinations(models, devTagged);
        TrainLog($"done; dev (predicted tags, unpruned) {ensemble.DevScore}");
        return 0;
    }

    // The pruning threshold, then (for a beam) the margin, chosen on dev; then saved.
    private static void SaveChosenParser(ParserModel model, string models, IReadOnlyList<TreebankSentence> dev, string how, int seed, string command, string file = "parser")
    {
        var (pruned, units) = ChooseParserPruning(model, dev);
        SaveParser(ParserTrainer.ChooseBeamMargin(pruned, dev, TrainLog), models, dev, $"{how}; pruned below {units} units", seed, command, file);
    }

    private static void SaveParser(ParserModel shipped, string models, IReadOnlyList<TreebankSentence> dev, string how, int seed, string command, string file = "parser")
    {
        var path = Path.Combine(models, file + ".bin");
        shipped.Save(path);
        var score = ParserTrainer.Evaluate(shipped, dev);
        var search = shipped.BeamWidth > 1 ? FormattableString.Invariant($"beam margin {shipped.BeamMargin}; ") : "";
        ModelManifest.Update(Path.Combine(models, "manifest.json"), file, path,
            $"ud-english-ewt v2.16 train with {ParserFolds}-fold jackknifed tags (dev, tagged by tagger.bin, for early stopping); {search}{how}", seed,
            new Dictionary<string, double> { ["uas"] = score.Uas, ["las"] = score.Las }, command);
        TrainLog($"wrote {path} ({new FileInfo(path).Length:N0} bytes); {how}; dev {score}");
    }

    private static readonly int[] BeamPruneUnits = [ParserPruneUnits, 200, 100];

    /// <summary>The model pruned under the largest of <see cref="BeamPruneUnits"/> within 0.05 dev LAS of the unpruned one (else the smallest).</summary>
    private static (ParserModel Model, int Units) ChooseParserPruning(ParserModel model, IReadOnlyList<TreebankSentence> dev)
    {
        var full = ParserTrainer.Evaluate(model, dev);
        TrainLog($"unpruned: dev {full}");
        foreach (var units in BeamPruneUnits)
        {
            var pruned = model.Pruned(units);
            var score = ParserTrainer.Evaluate(pruned, dev);
            TrainLog($"pruned under {units} units: dev {score}");
            if (score.Las >= full.Las - 0.05 || units == BeamPruneUnits[^1]) return (pruned, units);
        }
        throw new InvalidOperationException("no pruning threshold");
    }

    private static int TrainLemmatizer(int seed, int epochs, string models)
    {
        var train = Treebank.Load(Treebank.EwtPath("train"));
        var dev = Treebank.Load(Treebank.EwtPath("dev"));
        var lemmatizer = LemmatizerTrainer.Train(train);
        var path = Path.Combine(models, "lemmatizer.bin");
        lemmatizer.Save(path);
        var gold = LemmatizerTrainer.Evaluate(lemmatizer, dev);
        var scores = new Dictionary<string, double> { ["lemma_gold_tags"] = gold.Lemma };
        var taggerPath = Path.Combine(models, "tagger.bin");
        if (File.Exists(taggerPath))
            scores["lemma"] = LemmatizerTrainer.Evaluate(lemmatizer, Jackknife.Retag(TaggerModel.Load(taggerPath), dev)).Lemma;
        ModelManifest.Update(Path.Combine(models, "manifest.json"), "lemmatizer", path, "ud-english-ewt v2.16 train (deterministic: no seed used)", seed,
            scores, "dyad train lemmatizer");
        TrainLog($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {lemmatizer.ExceptionCount} exceptions); dev lemma {string.Join(", ", scores.Select(p => $"{p.Key} {p.Value:F2}"))}");
        return 0;
    }
}
