using System.CommandLine;
using System.Diagnostics;
using Dyad.Evaluation;
using Dyad.Geocoding;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad evaluate geo`: toponym recall and accuracy within 161 km on GeoVirus, dev (even) and held-out (odd) halves.</summary>
    public static Command EvaluateGeo()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "the GeoVirus folder (default: ../shared/data/geovirus)" };
        var gazetteer = new Option<FileInfo?>("--gazetteer") { Description = "a gazetteer file (default: the shipped data/gazetteer.bin)" };
        var errors = new Option<int>("--errors") { Description = "list this many of the most frequent dev-half errors", DefaultValueFactory = _ => 0 };
        var ablation = new Option<string>("--ablation")
        {
            Description = "'none' scores the product's pipeline (trained tokenizer … NER, actors, geocoder); 'plain' replaces it by a plain splitter and the geocoder alone (no trained models, no NER)",
            DefaultValueFactory = _ => "none",
        };
        ablation.AcceptOnlyFromAmong("none", "plain");
        var command = new Command("geo", "geocoding accuracy on GeoVirus (229 Wikinews articles) through the product's pipeline")
        {
            data, gazetteer, errors, ablation,
        };
        command.SetAction(parse =>
        {
            try
            {
                var folder = parse.GetValue(data)?.FullName ?? ProjectPaths.RequireShared("geovirus");
                var clock = Stopwatch.StartNew();
                var g = parse.GetValue(gazetteer) is { } file ? Gazetteer.Load(file.FullName) : Gazetteer.Default;
                var loadMs = clock.Elapsed.TotalMilliseconds;
                var articles = GeoVirusCorpus.Load(folder);
                bool plain = parse.GetValue(ablation) == "plain";
                var pipeline = plain ? Pipeline.Create(new GeoTextSplitter(), new Geocoder(g)) : NewsPipeline.LoadDefault(gazetteer: g).Pipeline;
                Console.WriteLine(plain
                    ? "ABLATION: plain splitter + geocoder (no trained tokenizer, tagger or NER); not the product's figure"
                    : $"pipeline: {string.Join(" → ", pipeline.Stages.Select(s => s.Name))}");
                clock.Restart();
                var evaluator = new GeoEvaluator(pipeline);
                var scores = evaluator.Score(articles);
                var runMs = clock.Elapsed.TotalMilliseconds;
                foreach (var s in scores) Console.WriteLine(s);
                Console.WriteLine($"gazetteer load {loadMs:0} ms; {articles.Count} articles, {articles.Sum(a => a.Text.Length) / 1024.0:0} KB processed in {runMs:0} ms");
                foreach (var line in PrecisionLines(evaluator)) Console.WriteLine(line);
                foreach (var line in ErrorLines(evaluator, parse.GetValue(errors))) Console.WriteLine(line);
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException)
            {
                Console.Error.WriteLine($"dyad evaluate geo: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Accuracy of the recalled toponyms by the precision of the predicted place, per split: country points follow a
    /// convention (the gold's Wikipedia point), city points do not, so the two are worth seeing apart.</summary>
    private static IEnumerable<string> PrecisionLines(GeoEvaluator evaluator) =>
        evaluator.Outcomes.Where(o => o.Predicted is not null)
            .GroupBy(o => (Split: o.Article.IsDev ? "dev" : "held-out", o.Predicted!.Precision))
            .OrderBy(g => g.Key.Split).ThenBy(g => g.Key.Precision)
            .Select(g => $"{g.Key.Split,-9} {g.Key.Precision.ToString().ToLowerInvariant(),-9} accuracy@161km {(double)g.Count(o => o.ErrorKm <= GeoScore.AccuracyKm) / g.Count():P1} ({g.Count(o => o.ErrorKm <= GeoScore.AccuracyKm)}/{g.Count()})");

    private static IEnumerable<string> ErrorLines(GeoEvaluator evaluator, int count) =>
        evaluator.Outcomes.Where(o => o.Article.IsDev && (o.Predicted is null || o.ErrorKm > GeoScore.AccuracyKm))
            .GroupBy(o => o.Predicted is null ? $"missed {o.Gold.Surface}" : $"{o.Gold.Surface} → {o.Predicted.Name} ({o.Predicted.Country}) {o.ErrorKm:0} km off")
            .OrderByDescending(g => g.Count()).Take(count).Select(g => $"{g.Count(),4}  {g.Key}");
}
