using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>The store's whole surface: batched writes from ingest, and the queries the API, dashboard and exports use.</summary>
/// <remarks>
/// Implementations are thread-safe. Every call opens its own connection, so readers never wait for a running
/// ingest (SQLite WAL, PostgreSQL MVCC). <see cref="SaveBatchAsync"/> is one transaction: all of a batch or none.
/// </remarks>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Engine { get; }

    /// <summary>Creates or upgrades the schema (numbered migrations); safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>Of the given content hashes, those already stored (to skip work before processing).</summary>
    Task<IReadOnlySet<string>> StoredHashesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default);

    /// <summary>Stores articles, their entities, places, actors and events in one transaction; articles already stored are skipped.</summary>
    Task<BatchResult> SaveBatchAsync(IReadOnlyList<ProcessedArticle> batch, CancellationToken ct = default);

    /// <summary>One page of events, newest first, with a keyset cursor to the next page (null at the end).</summary>
    Task<EventPage> QueryEventsAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>One event by its id, with every mention and merge reason, or null.</summary>
    Task<CodedEvent?> GetEventAsync(string id, CancellationToken ct = default);

    /// <summary>Counts and Goldstein sums per day, week or month, with the all-events denominator of each period.</summary>
    Task<IReadOnlyList<SeriesPoint>> SeriesAsync(SeriesQuery query, CancellationToken ct = default);

    /// <summary>One stored article with its text, the offsets of every event mention, its entities and places; or null.</summary>
    Task<StoredArticle?> GetArticleAsync(string id, CancellationToken ct = default);

    /// <summary>Every event in a date range (inclusive), oldest first, in constant memory; for exports.</summary>
    IAsyncEnumerable<StoredEvent> StreamEventsAsync(DateOnly? from, DateOnly? to, EventMode? mode = EventMode.Asserted, CancellationToken ct = default);

    /// <summary>Actors of the registry matching a name, alias or code prefix, most recently seen first.</summary>
    Task<IReadOnlyList<RegistryActor>> QueryActorsAsync(ActorQuery query, CancellationToken ct = default);

    /// <summary>One registry actor with aliases and role history, or null.</summary>
    Task<RegistryActor?> GetActorAsync(long id, CancellationToken ct = default);

    /// <summary>How many articles, events, mentions and actors the store holds.</summary>
    Task<StoreCounts> CountsAsync(CancellationToken ct = default);
}

/// <summary>What one <see cref="IEventStore.SaveBatchAsync"/> did.</summary>
public sealed record BatchResult(int ArticlesStored, int ArticlesSkipped, int EventsAdded, int EventsMerged, int MentionsAdded);

/// <summary>Row counts of the main tables.</summary>
public sealed record StoreCounts(long Articles, long Events, long Mentions, long Actors);

/// <summary>An event as stored: its row number (GDELT's GLOBALEVENTID), when it was added, and when each mention was added.</summary>
public sealed record StoredEvent(long Seq, DateTime Added, CodedEvent Event, IReadOnlyList<DateTime> MentionsAdded);
