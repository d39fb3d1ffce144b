using System.Data.Common;
using System.Globalization;
using Dyad.Documents;

namespace Dyad.Storage.Sql;

internal abstract partial class SqlEventStore
{
    /// <summary>Stores an article's entity mentions and teaches the actor registry every resolved person or group in them.</summary>
    private static async Task SaveEntitiesAsync(DbConnection c, DbTransaction tx, Article a, Doc doc, CancellationToken ct)
    {
        var seen = a.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var m in doc.Entities)
        {
            int sentence = doc.Sentences.Count > 0 && m.TokenCount > 0 ? doc.SentenceOf(m.FirstToken) : -1;
            long? actorId = null;
            if (ActorSighting.From(m) is { } s)
                actorId = await LearnActorAsync(c, tx, s, a.Id, Math.Max(sentence, 0), seen, ct);
            await c.ExecAsync(tx, """
                INSERT INTO entities (article_id, start_char, end_char, sentence, label, text, actor_code, actor_name, evidence, actor_id)
                VALUES (@a, @s, @e, @sent, @label, @text, @code, @name, @ev, @actor) ON CONFLICT DO NOTHING
                """, ct, ("@a", a.Id), ("@s", m.Start), ("@e", m.End), ("@sent", sentence), ("@label", m.Label), ("@text", m.Text),
                ("@code", m.Actor?.Code), ("@name", m.Actor?.Name), ("@ev", m.Evidence), ("@actor", actorId));
        }
    }

    private static async Task<long> LearnActorAsync(DbConnection c, DbTransaction tx, ActorSighting s, string articleId, int sentence, DateOnly seen, CancellationToken ct)
    {
        var key = s.Name.ToLowerInvariant();
        long id;
        string? role = null, code = null;
        DateOnly since = seen;
        var cmd = c.Reused(tx, """
            SELECT a.id, a.role, a.code, (SELECT MAX(r.since) FROM actor_roles r WHERE r.actor_id = a.id) FROM actors a WHERE a.name_key = @k
            """, ("@k", key));
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (await r.ReadAsync(ct))
            {
                id = r.Long(0);
                role = r.Str(1);
                code = r.Str(2);
                since = r.DateOrNull(3) ?? seen;
            }
            else id = 0;
        }
        if (id == 0)
        {
            id = Convert.ToInt64(await c.ScalarAsync(tx, """
                INSERT INTO actors (name, name_key, code, country, agent, role, first_article, first_sentence, first_seen, last_seen, mentions)
                VALUES (@n, @k, @code, @country, @agent, @role, @a, @s, @d, @d, 1) RETURNING id
                """, ct, ("@n", s.Name), ("@k", key), ("@code", s.Code), ("@country", s.Country), ("@agent", s.Agent), ("@role", s.Role),
                ("@a", articleId), ("@s", sentence), ("@d", seen)), CultureInfo.InvariantCulture);
            if (s.Role is not null || s.Code is not null)
                await AddRoleAsync(c, tx, id, s, articleId, sentence, seen, ct);
        }
        else
        {
            await c.ExecAsync(tx, """
                UPDATE actors SET mentions = mentions + 1,
                  first_seen = CASE WHEN first_seen > @d THEN @d ELSE first_seen END,
                  last_seen = CASE WHEN last_seen < @d THEN @d ELSE last_seen END,
                  country = COALESCE(country, @country), agent = COALESCE(agent, @agent)
                WHERE id = @id
                """, ct, ("@d", seen), ("@country", s.Country), ("@agent", s.Agent), ("@id", id));
            bool newRole = s.Role is not null && !string.Equals(s.Role, role, StringComparison.OrdinalIgnoreCase);
            bool newCode = s.Code is not null && s.Code != code;
            // Only news at least as recent as the current role replaces it: an old article ingested late is history, not news.
            if ((newRole || newCode) && seen >= since)
            {
                await c.ExecAsync(tx, "UPDATE actor_roles SET until = @d WHERE actor_id = @id AND until IS NULL", ct, ("@d", seen), ("@id", id));
                var next = s with { Role = s.Role ?? role, Code = s.Code ?? code };
                await AddRoleAsync(c, tx, id, next, articleId, sentence, seen, ct);
                await c.ExecAsync(tx, "UPDATE actors SET role = @role, code = @code WHERE id = @id", ct,
                    ("@role", next.Role), ("@code", next.Code), ("@id", id));
            }
        }
        foreach (var alias in new[] { s.Name, s.Alias })
            await c.ExecAsync(tx, "INSERT INTO actor_aliases (actor_id, alias_key, alias) VALUES (@id, @k, @a) ON CONFLICT DO NOTHING", ct,
                ("@id", id), ("@k", alias.ToLowerInvariant()), ("@a", alias));
        return id;
    }

    private static Task<int> AddRoleAsync(DbConnection c, DbTransaction tx, long id, ActorSighting s, string articleId, int sentence, DateOnly since, CancellationToken ct) =>
        c.ExecAsync(tx, """
            INSERT INTO actor_roles (actor_id, role, code, since, until, article_id, sentence) VALUES (@id, @role, @code, @since, NULL, @a, @s)
            """, ct, ("@id", id), ("@role", s.Role), ("@code", s.Code), ("@since", since), ("@a", articleId), ("@s", sentence));
}
