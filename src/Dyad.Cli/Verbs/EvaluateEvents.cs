using System.CommandLine;
using System.Globalization;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad evaluate events`: the PETRARCH unit-test suite, the PLOVER and ICEWS development sets, and the coder's speed.</summary>
    /// <param name="parsing">Builds the pipeline that tags, lemmatizes and parses documents that already have tokens and
    /// sentences; `--parse dyad` uses it to re-parse the unit-test suite.</param>
    /// <param name="annotation">Builds the pipeline that takes raw text to actors (tokenizer … actor resolver); the
    /// development sets need it.</param>
    public static Command EvaluateEvents(Func<Pipeline>? parsing = null, Func<Pipeline>? annotation = null)
    {
        var suite = new Option<string>("--suite") { Description = "petrarch (default), plover, icews or speed", DefaultValueFactory = _ => "petrarch" };
        var failures = new Option<bool>("--failures") { Description = "list every record that was not coded exactly" };
        var parse = new Option<string>("--parse") { Description = "petrarch: 'file' (the suite's UD parse, default) or 'dyad' (Dyad's own pipeline)", DefaultValueFactory = _ => "file" };
        var conllu = new Option<FileInfo?>("--conllu") { Description = "speed: gold-parsed CoNLL-U to code (default: UD English-EWT train)" };
        var command = new Command("events", "Event coding: PETRARCH unit tests (exact match), PLOVER/ICEWS root recall and precision, speed.")
        {
            suite, failures, parse, conllu,
        };
        command.SetAction(p => EventsGuarded(() =>
        {
            var shared = ProjectPaths.SharedData ?? throw new DirectoryNotFoundException("the training data (../shared/data) is not here; set DYAD_SHARED_DATA");
            return p.GetValue(suite) switch
            {
                "petrarch" => EvaluatePetrarch(shared, p.GetValue(failures), p.GetValue(parse) == "dyad" ? parsing ?? NoAnnotation() : null),
                "plover" or "icews" => EvaluateDevSet(shared, p.GetValue(suite)!, annotation ?? NoAnnotation(), p.GetValue(failures)),
                "speed" => EvaluateEventSpeed(p.GetValue(conllu)?.FullName ?? Path.Combine(shared, "ud-english-ewt", "en_ewt-ud-train.conllu")),
                var other => throw new ArgumentException($"unknown suite '{other}' (petrarch, plover, icews, speed)"),
            };
        }));
        return command;
    }

    private static Func<Pipeline> NoAnnotation() =>
        throw new InvalidOperationException("this suite needs the annotation pipeline (tagger, parser; for dev sets also tokenizer, entities, actors), which is not wired into this build");

    private static int EvaluatePetrarch(string shared, bool listFailures, Func<Pipeline>? annotation)
    {
        Action<Doc>? reparse = null;
        if (annotation is not null)
        {
            var pipeline = annotation();
            reparse = doc =>
            {
                pipeline.Process(doc);
                doc.Entities.Clear();
            };
        }
        var results = EventUnitSuite.Run(shared, reparse);
        var scored = results.Where(r => r.Implemented && r.HasExpected).ToList();
        int exact = scored.Count(r => r.Exact);
        Console.WriteLine($"suite      {EventUnitSuite.RecordsFile} ({(reparse is null ? "its UD parse" : "Dyad's parse")})");
        Console.WriteLine($"records    {results.Count} ({scored.Count} implemented with expected events)");
        Console.WriteLine(Invariant($"exact      {exact}/{scored.Count} = {Percent(exact, scored.Count)}"));
        var silent = results.Where(r => r.Implemented && r.NoEvents).ToList();
        Console.WriteLine(Invariant($"no-event   {silent.Count(r => r.Coded.Count == 0)}/{silent.Count} records that expect no event coded none"));
        Console.WriteLine();
        Console.WriteLine("category        records  exact");
        foreach (var g in scored.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(Invariant($"{g.Key,-15} {g.Count(),7}  {Percent(g.Count(r => r.Exact), g.Count())}"));
        Console.WriteLine();
        Console.WriteLine("failures by reason");
        foreach (var g in scored.Where(r => !r.Exact).GroupBy(r => r.Failure).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {g.Key,-15} {g.Count(),4}  ({string.Join(", ", g.GroupBy(r => r.Category).OrderByDescending(c => c.Count()).Select(c => $"{c.Key} {c.Count()}"))})");
        if (listFailures)
            foreach (var r in scored.Where(r => !r.Exact))
                Console.WriteLine($"{r.Id}\t{r.Failure}\twant [{string.Join("; ", r.Expected)}]\tgot [{string.Join("; ", r.Coded)}]\t{r.Text}");
        return 0;
    }

    private static int EvaluateDevSet(string shared, string name, Func<Pipeline> annotation, bool listFailures)
    {
        var pipeline = annotation();
        var coder = EventCoder.LoadDefault();
        var codes = CodeRegistry.LoadDefault();
        var records = name == "plover" ? EventDevSets.Plover(shared) : EventDevSets.Icews(shared);
        Func<CodedEvent, string?> label = name == "plover"
            ? e => codes.TryGet(e.Code, out var c) ? c.Plover : null
            : e => e.Root;
        var score = EventDevSets.Score(name, records, r =>
        {
            var doc = new Doc(r.Id, r.Text, new DateOnly(2000, 1, 1));
            pipeline.Process(doc);
            return doc;
        }, coder, label, listFailures ? (r, got) => { if (!got.Contains(r.Gold)) Console.WriteLine($"{r.Id}\twant {r.Gold}\tgot [{string.Join(", ", got)}]\t{r.Text}"); } : null);
        Console.WriteLine(score);
        return 0;
    }

    private static int EvaluateEventSpeed(string conllu)
    {
        if (!File.Exists(conllu)) throw new FileNotFoundException($"no such file: {conllu}");
        var coder = EventCoder.LoadDefault();
        var docs = EventSpeed.LoadParsed(conllu);
        var r = EventSpeed.Measure(coder, docs);
        Console.WriteLine(Invariant($"coder      {r.Tokens:N0} tokens in {r.Docs} documents, {r.Events:N0} events, {r.Seconds:0.000} s on one thread = {r.TokensPerSecond:N0} tokens/s"));
        return 0;
    }

    private static string Percent(int n, int d) => Invariant($"{(d == 0 ? 0 : 100.0 * n / d),5:0.0} %");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static int EventsGuarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            Console.Error.WriteLine($"dyad: {e.Message}");
            return 1;
        }
    }
}
