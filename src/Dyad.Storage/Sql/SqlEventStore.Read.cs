using System.Data.Common;
using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Storage.Sql;

internal abstract partial class SqlEventStore
{
    /// <summary>The event columns every read selects, in the order <see cref="ReadEventRow"/> expects (e = events, p = places).</summary>
    protected const string EventColumns = """
        e.seq, e.id, e.date, e.date_precision, e.code, e.root, e.quad_class, e.goldstein, e.plover,
        e.source_text, e.source_name, e.source_code, e.source_country, e.source_agent,
        e.target_text, e.target_name, e.target_code, e.target_country, e.target_agent,
        e.place_text, p.name, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision,
        e.mode, e.speaker, e.rule, e.confidence, e.code_table, e.num_mentions, e.num_articles, e.num_sources, e.added
        """;

    protected static (long Seq, CodedEvent Event) ReadEventRow(DbDataReader r)
    {
        EventActor? Actor(int i) =>
            r.IsDBNull(i) && r.IsDBNull(i + 1) && r.IsDBNull(i + 2) ? null
            : new EventActor(r.Str(i) ?? "", -1, -1, r.Str(i + 1), r.Str(i + 2), r.Str(i + 3), r.Str(i + 4));
        Place? place = r.IsDBNull(20) ? null : new Place(r.Str(19) ?? r.GetString(20), -1, -1, r.GetString(20), r.Str(21), r.Str(22),
            r.Dbl(23), r.Dbl(24), r.LongOrNull(25), EventJson.ParsePlacePrecision(r.Str(26)));
        EventJson.TryParseMode(r.GetString(27), out var mode);
        var e = new CodedEvent
        {
            Id = r.GetString(1),
            Date = r.Date(2),
            DatePrecision = EventJson.ParseDatePrecision(r.GetString(3)),
            Code = r.GetString(4),
            Root = r.GetString(5),
            QuadClass = r.Int(6),
            Goldstein = r.Dbl(7),
            Plover = r.Str(8),
            Source = Actor(9),
            Target = Actor(14),
            Place = place,
            Mode = mode,
            Speaker = r.Str(28),
            Rule = r.GetString(29),
            Confidence = r.Dbl(30),
            CodeTable = r.Str(31) ?? "",
            NumArticles = r.Int(33),
            NumSources = r.Int(34),
        };
        return (r.Long(0), e);
    }

    /// <summary>Reads event rows from a command and fills in their mentions and merge reasons (two more queries, not one per event).</summary>
    private async Task<List<StoredEvent>> ReadEventsAsync(DbConnection c, DbCommand cmd, CancellationToken ct)
    {
        var rows = new List<(long Seq, CodedEvent Event, DateTime Added)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var (seq, e) = ReadEventRow(r);
                rows.Add((seq, e, r.Time(35)));
            }
        if (rows.Count == 0) return [];
        var mentions = new Dictionary<long, List<(EventMention, DateTime)>>();
        var reasons = new Dictionary<long, List<string>>();
        await using (var m = c.CreateCommand())
        {
            var list = m.InList("s", rows.Select(x => x.Seq));
            m.CommandText = $"""
                SELECT m.event_seq, m.article_id, a.title, m.sentence, m.text, m.start_char, m.end_char, a.source, a.url, a.published, m.added
                FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_seq IN ({list}) ORDER BY m.event_seq, m.id
                """;
            await using var r = await m.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var em = new EventMention(r.GetString(1), r.Str(2), r.Int(3), r.GetString(4), r.Int(5), r.Int(6))
                {
                    Source = r.Str(7), Url = r.Str(8), Published = r.DateOrNull(9),
                };
                if (!mentions.TryGetValue(r.Long(0), out var l)) mentions[r.Long(0)] = l = [];
                l.Add((em, r.Time(10)));
            }
        }
        await using (var m = c.CreateCommand())
        {
            var list = m.InList("s", rows.Select(x => x.Seq));
            m.CommandText = $"SELECT event_seq, reason FROM merge_reasons WHERE event_seq IN ({list}) ORDER BY event_seq, id";
            await using var r = await m.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (!reasons.TryGetValue(r.Long(0), out var l)) reasons[r.Long(0)] = l = [];
                l.Add(r.GetString(1));
            }
        }
        return rows.Select(x =>
        {
            var ms = mentions.GetValueOrDefault(x.Seq) ?? [];
            var e = x.Event with { Mentions = ms.Select(y => y.Item1).ToList(), MergeReasons = reasons.GetValueOrDefault(x.Seq) ?? [] };
            return new StoredEvent(x.Seq, x.Added, e, ms.Select(y => y.Item2).ToList());
        }).ToList();
    }

    public async Task<CodedEvent?> GetEventAsync(string id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.Command(null, $"SELECT {EventColumns} FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.id = @id",
            ("@id", id));
        var found = await ReadEventsAsync(c, cmd, ct);
        return found.Count == 0 ? null : found[0].Event;
    }

    public async Task<EventPage> QueryEventsAsync(EventQuery q, CancellationToken ct = default)
    {
        if (q.Limit is < 1 or > EventQuery.MaxLimit)
            throw new ArgumentOutOfRangeException("limit", q.Limit, $"limit must be between 1 and {EventQuery.MaxLimit}");
        var cursor = q.Cursor is null ? (EventCursor?)null : EventCursor.Parse(q.Cursor);
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        var where = Filters(cmd, new(q.From, q.To, q.Actor, q.Source, q.Target, q.Code, q.Root, q.QuadClass, q.Country, q.Mode, q.Q));
        if (cursor is { } k)
        {
            where.Add("(e.date < @cd OR (e.date = @cd AND e.seq < @cs))");
            cmd.Add("@cd", k.Date).Add("@cs", k.Seq);
        }
        cmd.Add("@limit", q.Limit + 1);
        cmd.CommandText = $"""
            SELECT {EventColumns} FROM events e LEFT JOIN places p ON p.id = e.place_id
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY e.date DESC, e.seq DESC LIMIT @limit
            """;
        var rows = await ReadEventsAsync(c, cmd, ct);
        string? next = null;
        if (rows.Count > q.Limit)
        {
            rows.RemoveAt(rows.Count - 1);
            next = new EventCursor(rows[^1].Event.Date, rows[^1].Seq).ToString();
        }
        return new EventPage(rows.Select(x => x.Event).ToList(), next);
    }

    /// <summary>Events read per query while streaming; memory stays bounded by this, not by the export's size.</summary>
    internal int StreamChunk { get; set; } = 500;

    public async IAsyncEnumerable<StoredEvent> StreamEventsAsync(DateOnly? from, DateOnly? to, EventMode? mode = EventMode.Asserted,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        int chunk = StreamChunk;
        EventCursor? after = null;
        while (true)
        {
            List<StoredEvent> rows;
            // A fresh connection per chunk: an export of millions of rows never pins one long read transaction.
            await using (var c = await OpenAsync(ct))
            await using (var cmd = c.CreateCommand())
            {
                var where = Filters(cmd, new(from, to, null, null, null, null, null, null, null, mode, null));
                if (after is { } k)
                {
                    where.Add("(e.date > @cd OR (e.date = @cd AND e.seq > @cs))");
                    cmd.Add("@cd", k.Date).Add("@cs", k.Seq);
                }
                cmd.CommandText = $"""
                    SELECT {EventColumns} FROM events e LEFT JOIN places p ON p.id = e.place_id
                    {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
                    ORDER BY e.date, e.seq LIMIT {chunk}
                    """;
                rows = await ReadEventsAsync(c, cmd, ct);
            }
            foreach (var row in rows) yield return row;
            if (rows.Count < chunk) yield break;
            after = new EventCursor(rows[^1].Event.Date, rows[^1].Seq);
        }
    }
}
