using System.CommandLine;
using Dyad.Entities;
using Dyad.Formats;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad evaluate ner GOLD [PRED]`: entity-level exact-match P/R/F1 per label over PER, ORG and LOC.</summary>
    public static Command EvaluateNer()
    {
        var gold = new Argument<FileInfo>("gold") { Description = "Universal NER IOB2 file (index token tag - annotator)" };
        var predicted = new Argument<FileInfo?>("predicted") { Description = "CoNLL-U with NER=B-PER style tags in MISC; omitted: tag GOLD's tokens with the model", Arity = ArgumentArity.ZeroOrOne };
        var model = new Option<FileInfo?>("--model") { Description = "model file when PRED is omitted (default models/ner.bin beside dyad)" };
        var command = new Command("ner", "Entities: exact-match precision, recall and F1 per label (PER, ORG, LOC) and overall.") { gold, predicted, model };
        command.SetAction(parse => UdGuarded(() =>
        {
            var goldSentences = NerCorpus.ReadUner(UdFile(parse.GetValue(gold)!).FullName);
            NerScore score;
            if (parse.GetValue(predicted) is { } predFile)
            {
                score = new NerScore(BilouLabels.Types);
                var pred = ConlluReader.ReadFile(UdFile(predFile).FullName).ToList();
                var byId = pred.Where(p => p.SentId is not null).GroupBy(p => p.SentId!).ToDictionary(g => g.Key, g => g.First());
                for (int i = 0; i < goldSentences.Count; i++)
                {
                    var g = goldSentences[i];
                    var p = g.SentId is not null && byId.TryGetValue(g.SentId, out var found) ? found
                        : i < pred.Count ? pred[i] : throw new FormatException($"PRED has no sentence for gold sentence {i + 1} ({g.SentId})");
                    if (p.Words.Count != g.Words.Length)
                        throw new FormatException($"sentence {g.SentId ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}: gold has {g.Words.Length} tokens, PRED {p.Words.Count}");
                    score.Add(g.Tags, p.Words.Select(w => w.MiscValue("NER") is { } t && t != "O" ? t : null).ToList());
                }
            }
            else
            {
                var path = parse.GetValue(model)?.FullName ?? Path.Combine(Processing.ProjectPaths.Models, "ner.bin");
                var sw = System.Diagnostics.Stopwatch.StartNew();
                score = NerTraining.Score(NerModel.Load(path), goldSentences);
                int tokens = goldSentences.Sum(s => s.Words.Length);
                Console.WriteLine($"tagged {tokens} tokens in {sw.Elapsed.TotalSeconds:F2} s (model load included)");
            }
            Console.WriteLine($"sentences {score.Sentences}");
            Console.Write(score.Format());
            return 0;
        }));
        return command;
    }
}
