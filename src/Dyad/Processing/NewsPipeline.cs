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
    private NewsPipeline(Pipeline pipeline) => Pipeline = pipeline;

    public Pipeline Pipeline { get; }

    /// <summary>Loads every stage; the trained ones (tagger to actor resolver) from <paramref name="modelsDir"/>, the shipped models when null.</summary>
    /// <param name="gazetteer">the gazetteer for the geocoder and event locator; the shipped one when null (evaluations pass a candidate file)</param>
    public static NewsPipeline LoadDefault(string? modelsDir = null, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var trained = Stages.Names.Select(n => Stages.Create(n, modelsDir));
        IStage[] stages =
        [
            new Tokenizer(),
            SentenceSplitter.LoadDefault(),
            .. trained,
            new Geocoder(gazetteer),
            new QuoteFinder(),
            EventCoder.LoadDefault(),
            new EventDater(),
            new EventLocator(gazetteer),
        ];
        return new NewsPipeline(Pipeline.Create(stages));
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
