using System.Data.Common;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Storage.Sql;

internal abstract partial class SqlEventStore
{
    private const string ActorColumns =
        "a.id, a.name, a.code, a.country, a.agent, a.role, a.first_article, a.first_sentence, a.first_seen, a.last_seen, a.mentions";

    public async Task<IReadOnlyList<RegistryActor>> QueryActorsAsync(ActorQuery q, CancellationToken ct = default)
    {
        if (q.Limit is < 1 or > EventQuery.MaxLimit)
            throw new ArgumentOutOfRangeException("limit", q.Limit, $"limit must be between 1 and {EventQuery.MaxLimit}");
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        var where = new List<string>();
        if (Has(q.Name))
        {
            where.Add("EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias_key LIKE @name)");
            cmd.Add("@name", "%" + q.Name!.Trim().ToLowerInvariant().Replace("%", "").Replace("_", "") + "%");
        }
        if (Has(q.Code)) { where.Add("a.code LIKE @code"); cmd.Add("@code", Prefix(q.Code!)); }
        cmd.CommandText = $"SELECT {ActorColumns} FROM actors a {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} " +
                          $"ORDER BY a.last_seen DESC, a.id LIMIT {q.Limit}";
        return await ReadActorsAsync(c, cmd, ct);
    }

    public async Task<RegistryActor?> GetActorAsync(long id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.Command(null, $"SELECT {ActorColumns} FROM actors a WHERE a.id = @id", ("@id", id));
        var found = await ReadActorsAsync(c, cmd, ct);
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<List<RegistryActor>> ReadActorsAsync(DbConnection c, DbCommand cmd, CancellationToken ct)
    {
        var actors = new List<RegistryActor>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                actors.Add(new RegistryActor(r.Long(0), r.GetString(1), r.Str(2), r.Str(3), r.Str(4), r.Str(5), [],
                    new ActorSource(r.GetString(6), r.Int(7)), r.Date(8), r.Date(9), r.Long(10), []));
        if (actors.Count == 0) return actors;
        var aliases = new Dictionary<long, List<string>>();
        var roles = new Dictionary<long, List<ActorRole>>();
        await using (var m = c.CreateCommand())
        {
            m.CommandText = $"SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN ({m.InList("a", actors.Select(x => x.Id))}) ORDER BY actor_id, alias";
            await using var r = await m.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (!aliases.TryGetValue(r.Long(0), out var l)) aliases[r.Long(0)] = l = [];
                l.Add(r.GetString(1));
            }
        }
        await using (var m = c.CreateCommand())
        {
            m.CommandText = $"SELECT actor_id, role, code, since, until, article_id, sentence FROM actor_roles " +
                            $"WHERE actor_id IN ({m.InList("a", actors.Select(x => x.Id))}) ORDER BY actor_id, since, id";
            await using var r = await m.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                if (!roles.TryGetValue(r.Long(0), out var l)) roles[r.Long(0)] = l = [];
                l.Add(new ActorRole(r.Str(1), r.Str(2), r.Date(3), r.DateOrNull(4), new ActorSource(r.GetString(5), r.Int(6))));
            }
        }
        return actors.Select(a => a with { Aliases = aliases.GetValueOrDefault(a.Id) ?? [], Roles = roles.GetValueOrDefault(a.Id) ?? [] }).ToList();
    }

    public async Task<StoredArticle?> GetArticleAsync(string id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        Article article;
        string hash;
        DateTime added;
        string? duplicateOf;
        await using (var cmd = c.Command(null, """
            SELECT a.id, a.title, a.published, a.url, a.source, t.text, a.dropped, a.content_hash, a.added, a.duplicate_of
            FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = @id
            """, ("@id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return null;
            var dropped = r.Str(6) is { } json ? JsonSerializer.Deserialize<List<string>>(json) ?? [] : [];
            article = new Article(r.GetString(0), r.Str(1), r.DateOrNull(2), r.Str(3), r.Str(4), r.GetString(5), dropped);
            hash = r.GetString(7);
            added = r.Time(8);
            duplicateOf = r.Str(9);
        }
        var mentions = new List<ArticleEventMention>();
        await using (var cmd = c.Command(null, """
            SELECT e.id, m.sentence, m.start_char, m.end_char, m.text, e.code, m.rule FROM event_mentions m JOIN events e ON e.seq = m.event_seq
            WHERE m.article_id = @id ORDER BY m.start_char, e.seq
            """, ("@id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                mentions.Add(new ArticleEventMention(r.GetString(0), r.Int(1), r.Int(2), r.Int(3), r.GetString(4), r.GetString(5), r.Str(6)));
        var entities = new List<ArticleEntity>();
        await using (var cmd = c.Command(null, """
            SELECT start_char, end_char, label, text, actor_code, actor_name, actor_id FROM entities WHERE article_id = @id ORDER BY start_char
            """, ("@id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                entities.Add(new ArticleEntity(r.Int(0), r.Int(1), r.GetString(2), r.GetString(3), r.Str(4), r.Str(5), r.LongOrNull(6)));
        var places = new List<ArticlePlace>();
        await using (var cmd = c.Command(null, """
            SELECT ap.start_char, ap.end_char, ap.text, p.name, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision
            FROM article_places ap JOIN places p ON p.id = ap.place_id WHERE ap.article_id = @id ORDER BY ap.start_char
            """, ("@id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                places.Add(new ArticlePlace(r.Int(0), r.Int(1), r.GetString(2), new Place(r.GetString(2), r.Int(0), r.Int(1), r.GetString(3),
                    r.Str(4), r.Str(5), r.Dbl(6), r.Dbl(7), r.LongOrNull(8), EventJson.ParsePlacePrecision(r.Str(9)))));
        return new StoredArticle(article, hash, added, mentions, entities, places) { DuplicateOf = duplicateOf };
    }
}
