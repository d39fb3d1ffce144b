using System.CommandLine;
using Dyad.Entities;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad train ner`: the entity model from UNER English-EWT train (dev reported per epoch), written to models/ner.bin.</summary>
    public static Command TrainNer()
    {
        var seed = new Option<int>("--seed") { Description = "random seed for shuffling", DefaultValueFactory = _ => 13 };
        var epochs = new Option<int>("--epochs") { Description = "training passes", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo?>("--out") { Description = "model file (default models/ner.bin)" };
        var wikigold = new Option<bool>("--wikigold") { Description = "add wikigold (MISC mapped to O) to the training data (raised dev F1 by 1.6 with the structured model)" };
        var prune = new Option<float>("--prune") { Description = "drop averaged weights below this (model size)", DefaultValueFactory = _ => 0.05f };
        var twoPass = new Option<bool>("--two-pass") { Description = "tag each document twice, the second pass reading what the first called each word elsewhere in it (first-pass labels for training from 2-fold jackknifing)" };
        var ensemble = new Option<int>("--ensemble") { Description = "train N models (seeds seed … seed+N-1) and ship the mean of their weights: a score ensemble at one model's lookup cost", DefaultValueFactory = _ => 1 };
        var margin = new Option<float>("--margin") { Description = "cost-augmented training: each wrong label scores this much more while a sentence is decoded for its update, so updates continue until gold wins by a margin (0 = the plain perceptron)" };
        var wordNet = new Option<DirectoryInfo?>("--wordnet") { Description = "a WordNet 3.0 database folder (e.g. /usr/share/wordnet): words' noun supersenses and instance classes become features, stored in the model" };
        var command = new Command("ner", "Train the entity recogniser (PER, ORG, LOC) from UNER English-EWT.") { seed, epochs, output, wikigold, prune, twoPass, ensemble, margin, wordNet };
        command.SetAction(parse =>
        {
            try
            {
                var shared = Path.GetDirectoryName(ProjectPaths.RequireShared("uner-english-ewt"))!;
                var path = parse.GetValue(output)?.FullName ?? Path.Combine("models", "ner.bin");
                var options = new NerTraining.Options(shared, path, parse.GetValue(epochs), parse.GetValue(wikigold), parse.GetValue(seed), parse.GetValue(prune), parse.GetValue(twoPass), parse.GetValue(ensemble), parse.GetValue(margin), parse.GetValue(wordNet)?.FullName);
                if (options.Ensemble < 1) throw new FormatException("--ensemble must be at least 1");
                var model = NerTraining.Run(options, Console.Error);
                var dev = NerTraining.Score(model, NerCorpus.ReadUner(Path.Combine(shared, "uner-english-ewt", "en_ewt-ud-dev.iob2")));
                var scores = new Dictionary<string, double> { ["f1"] = dev.Of(null).F };
                foreach (var label in BilouLabels.Types) scores["f1_" + label.ToLowerInvariant()] = dev.Of(label).F;
                Dyad.Training.ModelManifest.Update(Path.Combine(Path.GetDirectoryName(path)!, "manifest.json"), "ner", path,
                    "UNER English-EWT train (pre-release, OTH mapped to O)" + (options.Wikigold ? " + wikigold (MISC mapped to O)" : "")
                    + $"; gazetteer from countries, GeoNames cities500 (population >= {GazetteerSources.MinCityPopulation}), PETRARCH2 actors and agents"
                    + (options.WordNet is not null ? "; WordNet 3.0 noun classes (Princeton University, WordNet 3.0 licence)" : ""),
                    options.Seed, scores, System.FormattableString.Invariant(
                        $"dyad train ner --epochs {options.Epochs} --seed {options.Seed}{(options.Wikigold ? " --wikigold" : "")}{(options.TwoPass ? " --two-pass" : "")} --prune {options.Prune}{(options.Ensemble > 1 ? $" --ensemble {options.Ensemble}" : "")}{(options.Margin != 0 ? $" --margin {options.Margin}" : "")}{(options.WordNet is not null ? $" --wordnet {parse.GetValue(wordNet)!.ToString()}" : "")}"));
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"dyad train ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
