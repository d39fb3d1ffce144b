using System.CommandLine;
using System.Globalization;
using Dyad.Documents;
using Dyad.Processing;
using Dyad.Storage;

namespace Dyad.Cli;

internal static partial class Verbs
{
    private static readonly Lazy<NewsPipeline> News = new(() => NewsPipeline.LoadDefault());

    /// <summary>`dyad ingest PATH…|URL… [--db DB]`: reads, codes and stores articles; idempotent and resumable after a kill.</summary>
    public static Command Ingest()
    {
        var inputs = new Argument<string[]>("PATH")
        {
            Description = "files, folders (read recursively), - for standard input, or http(s) URLs of pages and feeds",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string (Host=…)", DefaultValueFactory = _ => EventStore.DefaultPath };
        var batch = new Option<int>("--batch") { Description = "articles per transaction", DefaultValueFactory = _ => Ingestor.DefaultBatchSize };
        var mergeDays = new Option<int>("--merge-days")
        {
            Description = "merge a new event into a stored one dated at most this many days apart (same dyad, root, mode)",
            DefaultValueFactory = _ => Dyad.Merging.MergePolicy.Default.DateWindowDays,
        };
        var mergeKm = new Option<double>("--merge-km")
        {
            Description = "… and placed at most this many kilometres apart",
            DefaultValueFactory = _ => Dyad.Merging.MergePolicy.Default.MaxDistanceKm,
        };
        var command = new Command("ingest", "Read, code and store articles; the same article twice is stored once.") { inputs, db, batch, mergeDays, mergeKm };
        command.SetAction(async (parse, ct) =>
        {
            var cli = CliContext.From(parse);
            var paths = parse.GetValue(inputs) ?? [];
            InputArticles.Validate(paths);
            if (parse.GetValue(batch) < 1) throw new CliInputException("--batch must be at least 1");
            if (parse.GetValue(mergeDays) < 0 || parse.GetValue(mergeKm) < 0) throw new CliInputException("--merge-days and --merge-km must not be negative");
            var merge = MergeRule.From(new Dyad.Merging.MergePolicy { DateWindowDays = parse.GetValue(mergeDays), MaxDistanceKm = parse.GetValue(mergeKm) });
            var report = await IngestAsync(cli, paths, parse.GetValue(db)!, parse.GetValue(batch), ct, merge);
            return report is null ? 1 : 0;
        });
        return command;
    }

    /// <summary>Ingests <paramref name="paths"/> into the store at <paramref name="db"/> and prints one summary line; null when the store cannot be opened.</summary>
    internal static async Task<IngestReport?> IngestAsync(CliContext cli, IReadOnlyList<string> paths, string db, int batchSize, CancellationToken ct,
        MergeRule? merge = null)
    {
        IEventStore store;
        try { store = await EventStore.OpenAsync(db, merge, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await cli.Error.WriteLineAsync($"dyad ingest: cannot open the store: {e.Message}");
            return null;
        }
        await using (store)
        {
            var input = new InputArticles(cli, fetchLinkedPages: true);
            var ingestor = new Ingestor(store, ProcessArticle) { BatchSize = batchSize };
            var report = await WorkProgress.RunAsync(cli, "articles", InputArticles.TotalBytes(paths), resultsOnStdout: false,
                progress => ingestor.RunAsync(input.ReadAsync(paths, progress, ct), ct));
            foreach (var f in report.Failures) await cli.Error.WriteLineAsync($"dyad ingest: failed {f}");
            var counts = await store.CountsAsync(ct);
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"stored {report.Stored} articles ({report.Skipped} already stored, {report.Failed} failed, {input.Skipped} inputs skipped), " +
                $"{report.EventsAdded} new events, {report.EventsMerged} merged into stored ones, in {report.Elapsed.TotalSeconds:0.0} s; " +
                $"the store holds {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions, {counts.Actors} actors"));
            return report;
        }
    }

    /// <summary>The processing seam: the whole news pipeline by default; tests may put a cheaper real function here.</summary>
    internal static Func<Article, ProcessedArticle> ProcessArticle { get; set; } = CodeArticle;

    internal static ProcessedArticle CodeArticle(Article article)
    {
        var (doc, events) = News.Value.Code(article);
        return new ProcessedArticle(article, doc, events);
    }
}
