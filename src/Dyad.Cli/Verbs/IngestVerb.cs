using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Storage;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad ingest PATH…|URL… [--db DB]`: reads, processes and stores articles; idempotent and resumable after a kill.</summary>
    public static Command Ingest()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "files, folders (recursive), - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string (Host=…)", DefaultValueFactory = _ => EventStore.DefaultPath };
        var batch = new Option<int>("--batch") { Description = "articles per transaction", DefaultValueFactory = _ => Ingestor.DefaultBatchSize };
        var command = new Command("ingest", "Read, code and store articles; the same article twice is stored once.") { inputs, db, batch };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(inputs) ?? [];
            if (paths.FirstOrDefault(p => p != "-" && !File.Exists(p) && !Directory.Exists(p)) is { } missing)
                return Fail(error, "ingest", $"no such file or folder: {missing}");
            if (parse.GetValue(batch) < 1) return Fail(error, "ingest", "--batch must be at least 1");
            IEventStore store;
            try { store = await EventStore.OpenAsync(parse.GetValue(db), ct: ct); }
            catch (Exception e) when (e is not OperationCanceledException) { return Fail(error, "ingest", $"cannot open the store: {e.Message}"); }
            await using (store)
            {
                var progress = Console.IsErrorRedirected ? null : new IngestProgressLine(error);
                var ingestor = new Ingestor(store, ProcessArticle) { BatchSize = parse.GetValue(batch), Progress = progress };
                var report = await ingestor.RunAsync(ReadArticlesAsync(paths, reason => error.WriteLine($"dyad ingest: skipped {reason}"), ct), ct);
                progress?.Done();
                foreach (var f in report.Failures) await error.WriteLineAsync($"dyad ingest: failed {f}");
                var counts = await store.CountsAsync(ct);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"stored {report.Stored} articles ({report.Skipped} already stored, {report.Failed} failed), {report.EventsAdded} new events, " +
                    $"{report.EventsMerged} merged into stored ones, in {report.Elapsed.TotalSeconds:0.0} s; " +
                    $"the store holds {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions, {counts.Actors} actors"));
                return 0;
            }
        });
        return command;
    }

    /// <summary>The processing seam: the article's Doc and coded events. Until the pipeline is wired here, articles are stored uncoded.</summary>
    internal static Func<Article, ProcessedArticle> ProcessArticle { get; set; } = a => new ProcessedArticle(a, Doc.FromArticle(a), []);

    /// <summary>
    /// The reading seam: articles from files, folders and standard input. This build reads JSON Lines articles
    /// (id, url, title, published, source, text); the article readers (text, HTML, feeds, WARC) plug in here.
    /// </summary>
    internal static async IAsyncEnumerable<Article> ReadArticlesAsync(
        IEnumerable<string> inputs, Action<string> skip, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            var files = input == "-" ? ["-"]
                : Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[input];
            foreach (var file in files)
            {
                if (file != "-" && !file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                {
                    skip($"{file}: not JSON Lines (.jsonl); this build's ingest reads JSON Lines articles");
                    continue;
                }
                using var reader = file == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(file, detectEncodingFromByteOrderMarks: true);
                int lineNo = 0;
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    lineNo++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    var article = ParseJsonLine(line, out var why);
                    if (article is null) skip($"{file}:{lineNo}: {why}");
                    else yield return article;
                }
            }
        }
    }

    internal static Article? ParseJsonLine(string line, out string? why)
    {
        why = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) { why = "not a JSON object"; return null; }
            string? S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
            var text = S("text");
            if (text is null) { why = "no \"text\""; return null; }
            DateOnly? published = S("published") is { } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)
                ? DateOnly.FromDateTime(dt.UtcDateTime) : null;
            var id = S("id") ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{S("url")}\u001f{S("title")}\u001f{text}")))[..16];
            return new Article(id, S("title"), published, S("url"), S("source"), text, []);
        }
        catch (JsonException e)
        {
            why = $"malformed JSON ({e.Message.Split('.')[0]})";
            return null;
        }
    }

    private static int Fail(TextWriter error, string verb, string message)
    {
        error.WriteLine($"dyad {verb}: {message}");
        return 1;
    }

    /// <summary>One self-overwriting status line on a terminal: counts, rate.</summary>
    private sealed class IngestProgressLine(TextWriter error) : IProgress<IngestReport>
    {
        public void Report(IngestReport r)
        {
            var rate = r.Elapsed.TotalSeconds > 0 ? r.Read / r.Elapsed.TotalSeconds : 0;
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{r.Read} read, {r.Stored} stored, {r.Skipped} already stored, {r.Failed} failed, {r.EventsAdded + r.EventsMerged} events, {rate:0} articles/s   "));
        }

        public void Done() => error.WriteLine();
    }
}
