using System.CommandLine;
using System.Globalization;
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
            // Process start to loaded pipeline: runtime start, JIT and every model, as a user waits for it.
            var startup = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
            var outPath = parse.GetValue(output);
            using var file = outPath is null or "-" ? null : OutputFile.Create(outPath);
            var input = new InputArticles(cli, fetchLinkedPages: true);
            var mergeTime = TimeSpan.Zero;
            var events = await WorkProgress.RunAsync(cli, "articles", InputArticles.TotalBytes(inputs), resultsOnStdout: file is null, async progress =>
            {
                var (coded, copyOf) = await CodeAll(input.ReadAsync(inputs, progress, ct), pipeline, published, ct);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var merged = new EventMerger().Merge(coded, copyOf);
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
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"start-up (wall)",-18} {startup.TotalSeconds,8:0.000} s  (loading, side by side:{string.Concat(pipeline.LoadTimes.Select(l => string.Create(CultureInfo.InvariantCulture, $" {l.Part} {l.Time.TotalSeconds:0.00}")))})"));
                WriteStageTimes(cli.Error, pipeline.Pipeline);
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"merge (input-wide)",-18} {mergeTime.TotalSeconds,8:0.000} s"));
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"garbage collector",-18} {GC.GetTotalPauseDuration().TotalSeconds,8:0.000} s paused; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / (1 << 20)} MB allocated"));
            }
            return 0;
        });
        return command;
    }

    private static void WriteStageTimes(TextWriter error, Pipeline pipeline)
    {
        var times = pipeline.StageTimes();
        var cpu = pipeline.StageCpuTimes();
        var total = times.Sum(t => t.Time.TotalSeconds);
        var totalCpu = cpu.Sum(t => t.Cpu.TotalSeconds);
        var (documents, tokens) = pipeline.Processed;
        error.WriteLine($"{"stage",-18} {"wall",10}  {"share",6} {"CPU",10}  {"share",6}");
        for (int i = 0; i < times.Count; i++)
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{times[i].Stage,-18} {times[i].Time.TotalSeconds,8:0.000} s  {100 * times[i].Time.TotalSeconds / Math.Max(total, 1e-9),5:0.0} % {cpu[i].Cpu.TotalSeconds,8:0.000} s  {100 * cpu[i].Cpu.TotalSeconds / Math.Max(totalCpu, 1e-9),5:0.0} %"));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"all stages",-18} {total,8:0.000} s          {totalCpu,8:0.000} s          {documents} documents, {tokens} tokens: {tokens / Math.Max(total, 1e-9):0} tokens/s (wall), {tokens / Math.Max(totalCpu, 1e-9):0} tokens per CPU-second"));
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

    /// <summary>Codes every article on every core and returns the events in input order, with each syndicated copy linked to its first copy.</summary>
    /// <remarks>Each worker takes the next article as soon as it is free (<see cref="OrderedStream"/>), so reading overlaps
    /// coding and no core waits for the slowest article of a batch; only the events are kept, each article's Doc is dropped once coded.
    /// The links let the merger count a wire story printed twice as one event: the merge rule joins events whose actors are
    /// only a name or a bare role ("he", GOV) within one article or its copies, never across independent ones.</remarks>
    private static async Task<(List<CodedEvent> Events, IReadOnlyDictionary<string, string> CopyOf)> CodeAll(
        IAsyncEnumerable<Article> articles, NewsPipeline pipeline, DateOnly? published, CancellationToken ct)
    {
        var coded = new List<CodedEvent>();
        var copies = new NearDuplicates();
        int cores = Environment.ProcessorCount;
        await OrderedStream.RunAsync(articles, a => (Article: a, pipeline.Run(a, published).Events), done =>
        {
            copies.Add(done.Article.Id, done.Article.Text);
            coded.AddRange(done.Events);
        }, cores, cores * OrderedStream.WindowPerCore, ct);
        return (coded, copies.CopyOf);
    }

#pragma warning disable CS1998 // an async iterator over an in-memory list
    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items) yield return item;
    }
#pragma warning restore CS1998
}
