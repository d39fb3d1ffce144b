using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Merging;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad code PATH… [--date D] [--format jsonl|table|gdelt|csv]`: codes the input's events without touching a store.</summary>
    public static Command Code()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "files, folders (read recursively), - for standard input, or http(s) URLs of pages and feeds",
        };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) for input that carries none" };
        var format = new Option<string>("--format") { Description = "output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table", "gdelt", "csv");
        var output = new Option<string?>("--out") { Description = "write to FILE (complete or not at all) instead of standard output" };
        var timings = new Option<bool>("--timings") { Description = "print the time spent in each pipeline stage on standard error" };
        var command = new Command("code", "Code the input's events (CAMEO, PLOVER, mode, place, date, provenance) and print them.")
        {
            paths, date, format, output, timings,
        };
        command.SetAction(async (parse, ct) =>
        {
            var cli = CliContext.From(parse);
            var inputs = parse.GetValue(paths) ?? [];
            InputArticles.Validate(inputs);
            var published = ParseDateOption(parse.GetValue(date));
            var pipeline = NewsPipeline.LoadDefault();
            var outPath = parse.GetValue(output);
            using var file = outPath is null or "-" ? null : OutputFile.Create(outPath);
            var input = new InputArticles(cli, fetchLinkedPages: true);
            var mergeTime = TimeSpan.Zero;
            var events = await WorkProgress.RunAsync(cli, "articles", InputArticles.TotalBytes(inputs), resultsOnStdout: file is null, async progress =>
            {
                var coded = new List<CodedEvent>();
                await foreach (var batch in Batches(input.ReadAsync(inputs, progress, ct), 64, ct))
                {
                    var docs = batch.AsParallel().AsOrdered().WithCancellation(ct).Select(a => pipeline.Run(a, published)).ToList();
                    foreach (var doc in docs) coded.AddRange(doc.Events);
                }
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var merged = new EventMerger().Merge(coded);
                mergeTime = clock.Elapsed;
                return merged;
            });
            if (input.Read == 0)
            {
                cli.Error.WriteLine("dyad: no articles found in the input");
                return 1;
            }
            var stream = file?.Stream ?? Console.OpenStandardOutput();
            await WriteEvents(stream, events, parse.GetValue(format)!, ct);
            await stream.FlushAsync(ct);
            file?.Commit();
            if (parse.GetValue(timings))
            {
                WriteStageTimes(cli.Error, pipeline.Pipeline);
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"merge (input-wide)",-18} {mergeTime.TotalSeconds,8:0.000} s"));
            }
            return 0;
        });
        return command;
    }

    private static void WriteStageTimes(TextWriter error, Pipeline pipeline)
    {
        var times = pipeline.StageTimes();
        var total = times.Sum(t => t.Time.TotalSeconds);
        foreach (var (stage, time) in times)
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-18} {time.TotalSeconds,8:0.000} s  {100 * time.TotalSeconds / Math.Max(total, 1e-9),5:0.0} %"));
    }

    private static DateOnly? ParseDateOption(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliInputException($"--date: '{value}' is not a date in the form YYYY-MM-DD");

    private static async Task WriteEvents(Stream output, List<CodedEvent> events, string format, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var rows = ToAsync(events.Select((e, i) => new ExportRecord(e, i + 1, now)));
        switch (format)
        {
            case "jsonl":
                await EventJson.WriteLinesAsync(output, ToAsync(events), ct);
                break;
            case "gdelt":
                await new GdeltEventWriter(FipsCountries.FromIso2).WriteAsync(output, rows, ct);
                break;
            case "csv":
                await EventCsvWriter.WriteAsync(output, rows, ct);
                break;
            default:
                await using (var w = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
                    EventTable.Write(w, events);
                break;
        }
    }

    private static async IAsyncEnumerable<List<Article>> Batches(IAsyncEnumerable<Article> articles, int size, [EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new List<Article>(size);
        await foreach (var a in articles.WithCancellation(ct))
        {
            batch.Add(a);
            if (batch.Count < size) continue;
            yield return batch;
            batch = new List<Article>(size);
        }
        if (batch.Count > 0) yield return batch;
    }

#pragma warning disable CS1998 // an async iterator over an in-memory list
    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items) yield return item;
    }
#pragma warning restore CS1998
}
