using System.Diagnostics;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Geocoding;
using Dyad.Merging;
using Dyad.Quotes;
using Dyad.Time;
using Dyad.Tokenization;

namespace Dyad.Processing;

/// <summary>The whole per-article pipeline, from raw text to dated, placed, coded events, loaded once from the shipped models and data.</summary>
/// <remarks>Thread-safe: one instance serves every core; each article gets its own <see cref="Doc"/>.</remarks>
public sealed class NewsPipeline
{
    private NewsPipeline(Pipeline pipeline, IReadOnlyList<(string Part, TimeSpan Time)> loadTimes)
    {
        Pipeline = pipeline;
        LoadTimes = loadTimes;
    }

    public Pipeline Pipeline { get; }

    /// <summary>How long each model or data file took to load (on its own thread; they load side by side).</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> LoadTimes { get; }

    /// <summary>Loads every stage; the trained ones (tagger to actor resolver) from <paramref name="modelsDir"/>, the shipped models when null.</summary>
    /// <remarks>Start-up is most of a short run, so the parts load in parallel: each reads its own
    /// files and shares nothing with the others until the pipeline is assembled.</remarks>
    /// <param name="gazetteer">the gazetteer for the geocoder and event locator; the shipped one when null (evaluations pass a candidate file)</param>
    public static NewsPipeline LoadDefault(string? modelsDir = null, Gazetteer? gazetteer = null)
    {
        var times = new (string, TimeSpan)[Stages.Names.Count + 3];
        Task<T> Load<T>(int slot, string name, Func<T> load) => Task.Run(() =>
        {
            long start = Stopwatch.GetTimestamp();
            var result = load();
            times[slot] = (name, Stopwatch.GetElapsedTime(start));
            return result;
        });
        int n = Stages.Names.Count;
        var trained = new Task<IStage>[n];
        for (int i = 0; i < n; i++)
        {
            var name = Stages.Names[i];
            trained[i] = Load(i, name, () => Stages.Create(name, modelsDir));
        }
        // A gazetteer passed in costs nothing here; its slot still names it so the load report has no empty entry.
        if (gazetteer is not null) times[n] = ("gazetteer (given)", TimeSpan.Zero);
        var places = gazetteer is null ? Load(n, "gazetteer", () => Gazetteer.Default) : Task.FromResult(gazetteer);
        var coder = Load(n + 1, "coder", () => EventCoder.LoadDefault());
        var splitter = Load(n + 2, "sentence splitter", SentenceSplitter.LoadDefault);
        Task.WaitAll([.. trained, places, coder, splitter]);
        IStage[] stages =
        [
            new Tokenizer(),
            splitter.Result,
            .. trained.Select(t => t.Result),
            new Geocoder(places.Result),
            new QuoteFinder(),
            coder.Result,
            new EventDater(),
            new EventLocator(places.Result),
        ];
        return new NewsPipeline(Pipeline.Create(stages), times);
    }

    /// <summary>Runs every stage on one article; <paramref name="fallbackDate"/> stands in for a missing publication date.</summary>
    public Doc Run(Article article, DateOnly? fallbackDate = null)
    {
        var doc = Doc.FromArticle(article, fallbackDate ?? DateOnly.FromDateTime(DateTime.UtcNow));
        Pipeline.Process(doc);
        return doc;
    }

    /// <summary>The article's Doc and its events, merged within the article.</summary>
    public (Doc Doc, IReadOnlyList<CodedEvent> Events) Code(Article article, DateOnly? fallbackDate = null, EventMerger? merger = null)
    {
        var doc = Run(article, fallbackDate);
        return (doc, (merger ?? new EventMerger()).Merge(doc.Events));
    }
}
