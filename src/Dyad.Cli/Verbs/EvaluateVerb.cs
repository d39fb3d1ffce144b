using System.CommandLine;
using System.Globalization;
using Dyad.Evaluation;
using Dyad.Formats;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad evaluate SUITE …`: each suite is one subcommand method (ud here; ner, events, geo in their own files).</summary>
    public static Command Evaluate()
    {
        var command = new Command("evaluate", "Accuracy on a gold file; prints the figures.");
        command.Subcommands.Add(EvaluateUd());
        command.Subcommands.Add(EvaluateNer());
        command.Subcommands.Add(EvaluateEvents(
            () => Stages.ForDocuments(Layers.Tokens | Layers.Sentences),
            () => Pipeline.Create(new Dyad.Tokenization.Tokenizer(), new Dyad.Tokenization.SentenceSplitter(), Stages.Create("tagger"), Stages.Create("lemmatizer"),
                Stages.Create("parser"), Dyad.Entities.EntityRecognizer.Load(), Dyad.Actors.ActorResolver.LoadDefault(), new Dyad.Quotes.QuoteFinder())));
        command.Subcommands.Add(EvaluateGeo());
        return command;
    }

    private static Command EvaluateUd()
    {
        var gold = new Argument<FileInfo>("gold") { Description = "gold CoNLL-U file" };
        var predicted = new Argument<FileInfo?>("predicted") { Description = "predicted CoNLL-U file on the gold tokens", Arity = ArgumentArity.ZeroOrOne };
        var raw = new Option<bool>("--raw") { Description = "tokenize and sentence-split the gold # text and score words and sentences F1" };
        var rules = new Option<bool>("--rules-only") { Description = "with --raw: split sentences by rules alone, without the boundary model" };
        var fit = new Option<FileInfo?>("--fit-boundary") { Description = "with --raw: train the sentence boundary model on this CoNLL-U file, tune its threshold on GOLD, and save it" };
        var modelPath = new Option<FileInfo?>("--model") { Description = "with --raw: the sentence boundary model to use (default: the shipped one)" };
        var output = new Option<FileInfo?>("--out") { Description = "with --fit-boundary: where to save the model (default models/sentence-boundary.bin)" };
        var command = new Command("ud", "Universal Dependencies: segmentation F1 (--raw) or UPOS/XPOS/lemma/UAS/LAS on gold tokens.")
        {
            gold, predicted, raw, rules, modelPath, fit, output,
        };
        command.SetAction(parse => UdGuarded(() =>
        {
            var goldFile = UdFile(parse.GetValue(gold)!);
            var predictedFile = parse.GetValue(predicted);
            if (parse.GetValue(raw))
            {
                if (predictedFile is not null) throw new ArgumentException("--raw takes only the gold file");
                return EvaluateUdRaw(goldFile, parse.GetValue(rules), parse.GetValue(modelPath), parse.GetValue(fit), parse.GetValue(output));
            }
            if (predictedFile is null) throw new ArgumentException("give GOLD and PREDICTED files, or --raw GOLD");
            var scores = UdTreeScorer.Score(ConlluReader.ReadFile(goldFile.FullName), ConlluReader.ReadFile(UdFile(predictedFile).FullName));
            if (scores.Words == 0) throw new FormatException($"{goldFile.FullName} holds no CoNLL-U words");
            Console.WriteLine($"words  {scores.Words}");
            Console.WriteLine(UdLine("UPOS", scores.Upos, scores.Words));
            Console.WriteLine(UdLine("XPOS", scores.Xpos, scores.Words));
            Console.WriteLine(UdLine("Lemma", scores.Lemma, scores.Words));
            Console.WriteLine(UdLine("UAS", scores.Uas, scores.Words));
            Console.WriteLine(UdLine("LAS", scores.Las, scores.Words));
            return 0;
        }));
        return command;
    }

    private static int EvaluateUdRaw(FileInfo goldFile, bool rulesOnly, FileInfo? modelFile, FileInfo? fitOn, FileInfo? output)
    {
        var documents = UdRawDocument.FromSentences(ConlluReader.ReadFile(goldFile.FullName));
        if (documents.Count == 0) throw new FormatException($"{goldFile.FullName} holds no CoNLL-U sentences");
        SentenceSplitter splitter;
        if (fitOn is not null)
        {
            var training = UdRawDocument.FromSentences(ConlluReader.ReadFile(UdFile(fitOn).FullName));
            var model = SentenceBoundaryTrainer.Train(training, documents, seed: 1);
            var path = output?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), "models", "sentence-boundary.bin");
            model.Save(path);
            Console.WriteLine($"model  {path} ({new FileInfo(path).Length:N0} bytes, threshold {model.Threshold:0.00})");
            splitter = new SentenceSplitter(model);
        }
        else if (rulesOnly) splitter = new SentenceSplitter();
        else if (modelFile is not null) splitter = new SentenceSplitter(SentenceBoundaryModel.Load(modelFile.FullName));
        else splitter = SentenceSplitter.LoadDefault();

        var (words, sentences) = new UdSegmentationScorer(Pipeline.Create(new Tokenizer(), splitter)).Score(documents);
        Console.WriteLine($"splitter   {(splitter.Model is null ? "rules" : "rules + boundary model")}");
        Console.WriteLine(UdLine("Words", words));
        Console.WriteLine(UdLine("Sentences", sentences));
        return 0;
    }

    private static string UdLine(string name, UdSpanScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-10} P {100 * s.Precision,6:0.00}  R {100 * s.Recall,6:0.00}  F1 {100 * s.F1,6:0.00}  (gold {s.Gold}, predicted {s.Predicted}, correct {s.Correct})");

    private static string UdLine(string name, int correct, int total) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-6} {(total == 0 ? 0 : 100.0 * correct / total),6:0.00}  ({correct}/{total})");

    private static FileInfo UdFile(FileInfo file) =>
        file.Exists ? file : throw new FileNotFoundException($"no such file: {file.FullName}");

    /// <summary>Turns bad input into a one-line error on stderr and a non-zero exit code.</summary>
    private static int UdGuarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"dyad: {e.Message}");
            return 1;
        }
    }
}
