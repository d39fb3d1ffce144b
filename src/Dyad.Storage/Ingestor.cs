using System.Diagnostics;
using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>Runs articles through a processing function on every core and stores them in batches, one transaction each.</summary>
/// <remarks>
/// Articles already stored (same content hash) are skipped before processing, so a rerun after a kill resumes where the
/// last committed batch ended and does no work twice. An article whose processing throws is skipped with its reason;
/// it never stops the batch. Processing of the next batch overlaps the write of the previous one.
/// </remarks>
public sealed class Ingestor
{
    public const int DefaultBatchSize = 200;
    private const int MaxFailuresKept = 100;

    private readonly IEventStore _store;
    private readonly Func<Article, ProcessedArticle> _process;

    public Ingestor(IEventStore store, Func<Article, ProcessedArticle> process)
    {
        _store = store;
        _process = process;
    }

    /// <summary>An ingestor over the pipeline's shape: a function from an article to its Doc and coded events.</summary>
    public Ingestor(IEventStore store, Func<Article, (Doc Doc, IReadOnlyList<CodedEvent> Events)> process)
        : this(store, a => { var (doc, events) = process(a); return new ProcessedArticle(a, doc, events); })
    {
    }

    public int BatchSize { get; init; } = DefaultBatchSize;
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public IProgress<IngestReport>? Progress { get; init; }

    public Task<IngestReport> RunAsync(IEnumerable<Article> articles, CancellationToken ct = default) => RunAsync(ToAsync(articles), ct);

    public async Task<IngestReport> RunAsync(IAsyncEnumerable<Article> articles, CancellationToken ct = default)
    {
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), "batch size must be at least 1");
        var clock = Stopwatch.StartNew();
        var report = new IngestReport();
        Task<BatchResult>? saving = null;
        var batch = new List<Article>(BatchSize);
        await foreach (var article in articles.WithCancellation(ct))
        {
            report = report with { Read = report.Read + 1 };
            batch.Add(article);
            if (batch.Count < BatchSize) continue;
            (saving, report) = await StepAsync(batch, saving, report, clock, ct);
            batch = new List<Article>(BatchSize);
        }
        if (batch.Count > 0) (saving, report) = await StepAsync(batch, saving, report, clock, ct);
        if (saving is not null) report = Add(report, await saving);
        report = report with { Elapsed = clock.Elapsed };
        Progress?.Report(report);
        return report;
    }

    /// <summary>Processes one batch in parallel, waits for the previous write, then starts writing this batch.</summary>
    private async Task<(Task<BatchResult> Saving, IngestReport Report)> StepAsync(
        List<Article> batch, Task<BatchResult>? saving, IngestReport report, Stopwatch clock, CancellationToken ct)
    {
        var stored = await _store.StoredHashesAsync(batch.Select(ProcessedArticle.HashOf).ToList(), ct);
        var todo = batch.Where(a => !stored.Contains(ProcessedArticle.HashOf(a))).ToArray();
        var results = new ProcessedArticle?[todo.Length];
        var failures = new string?[todo.Length];
        await Task.Run(() => Parallel.For(0, todo.Length, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, i =>
        {
            try { results[i] = _process(todo[i]); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = $"{todo[i].Id}: {e.GetType().Name}: {e.Message}";
            }
        }), ct);
        if (saving is not null) report = Add(report, await saving);
        var failed = failures.OfType<string>().ToList();
        report = report with
        {
            Skipped = report.Skipped + batch.Count - todo.Length,
            Failed = report.Failed + failed.Count,
            Failures = [.. report.Failures, .. failed.Take(Math.Max(0, MaxFailuresKept - report.Failures.Count))],
            Elapsed = clock.Elapsed,
        };
        Progress?.Report(report);
        var toSave = results.OfType<ProcessedArticle>().ToList();
        // Task.Run: SQLite's async calls complete synchronously, and the write should overlap the next batch's processing.
        return (Task.Run(() => _store.SaveBatchAsync(toSave, ct), ct), report);
    }

    private static IngestReport Add(IngestReport a, BatchResult b) => a with
    {
        Stored = a.Stored + b.ArticlesStored, Skipped = a.Skipped + b.ArticlesSkipped, EventsAdded = a.EventsAdded + b.EventsAdded,
        EventsMerged = a.EventsMerged + b.EventsMerged, Mentions = a.Mentions + b.MentionsAdded,
    };

    private static async IAsyncEnumerable<Article> ToAsync(IEnumerable<Article> articles)
    {
        foreach (var a in articles)
        {
            yield return a;
            await Task.CompletedTask;
        }
    }
}

/// <summary>What an ingest run did so far: articles read, stored, skipped as already stored, failed with their reasons.</summary>
public sealed record IngestReport
{
    public int Read { get; init; }
    public int Stored { get; init; }
    public int Skipped { get; init; }
    public int Failed { get; init; }
    public int EventsAdded { get; init; }
    public int EventsMerged { get; init; }
    public int Mentions { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>One line per failed article (the first 100), naming the article and the error.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];
}
