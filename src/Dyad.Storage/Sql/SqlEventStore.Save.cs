using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Merging;

namespace Dyad.Storage.Sql;

internal abstract partial class SqlEventStore
{
    public async Task<BatchResult> SaveBatchAsync(IReadOnlyList<ProcessedArticle> batch, CancellationToken ct = default)
    {
        int stored = 0, skipped = 0, added = 0, merged = 0, mentions = 0;
        var now = DateTime.UtcNow;
        await using var c = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(c, ct);
        using var reuse = tx.ReuseCommands();
        foreach (var item in batch)
        {
            var a = item.Article;
            var exists = await c.ScalarAsync(tx, "SELECT 1 FROM articles WHERE content_hash = @h OR id = @id", ct,
                ("@h", item.ContentHash), ("@id", a.Id));
            if (exists is not null) { skipped++; continue; }
            await c.ExecAsync(tx, """
                INSERT INTO articles (id, content_hash, title, published, url, source, source_key, dropped, added)
                VALUES (@id, @h, @title, @pub, @url, @src, @sk, @dropped, @added)
                """, ct, ("@id", a.Id), ("@h", item.ContentHash), ("@title", a.Title), ("@pub", a.Published), ("@url", a.Url),
                ("@src", a.Source), ("@sk", SourceKey(a)), ("@dropped", a.Dropped.Count == 0 ? null : JsonSerializer.Serialize(a.Dropped)), ("@added", now));
            await c.ExecAsync(tx, "INSERT INTO article_texts (article_id, text) VALUES (@id, @text)", ct, ("@id", a.Id), ("@text", a.Text));
            var original = await LinkNearDuplicateAsync(c, tx, a, ct);
            stored++;
            if (item.Doc is { } doc)
            {
                foreach (var p in doc.Places)
                {
                    var placeId = await UpsertPlaceAsync(c, tx, p, ct);
                    await c.ExecAsync(tx, """
                        INSERT INTO article_places (article_id, start_char, end_char, text, place_id) VALUES (@a, @s, @e, @t, @p)
                        ON CONFLICT DO NOTHING
                        """, ct, ("@a", a.Id), ("@s", p.Start), ("@e", p.End), ("@t", p.Text), ("@p", placeId));
                }
                await SaveEntitiesAsync(c, tx, a, doc, ct);
            }
            foreach (var e in item.Events)
            {
                var (wasMerged, n) = await SaveEventAsync(c, tx, a, original, e, now, ct);
                if (wasMerged) merged++; else added++;
                mentions += n;
            }
        }
        await tx.CommitAsync(ct);
        return new BatchResult(stored, skipped, added, merged, mentions);
    }

    private async Task<(bool Merged, int Mentions)> SaveEventAsync(DbConnection c, DbTransaction tx, Article a, string? original, CodedEvent e,
        DateTime now, CancellationToken ct)
    {
        var sourceKey = DyadKey(e.Source);
        var targetKey = DyadKey(e.Target);
        var candidate = await FindMergeAsync(c, tx, e, original, sourceKey, targetKey, ct);
        long seq;
        var reasons = new List<string>(e.MergeReasons);
        if (candidate is { } found)
        {
            seq = found.Seq;
            reasons.Add(found.Reason);
            await UpdateMergedAsync(c, tx, seq, found.Stored, MergePolicy.Combine(found.Stored, e), ct);
        }
        else
        {
            long? placeId = e.Place is { } p ? await UpsertPlaceAsync(c, tx, p, ct) : null;
            var id = string.IsNullOrEmpty(e.Id) ? DerivedId(a.Id, e) : e.Id;
            if (await c.ScalarAsync(tx, "SELECT 1 FROM events WHERE id = @id", ct, ("@id", id)) is not null) id = DerivedId(a.Id, e);
            seq = Convert.ToInt64(await c.ScalarAsync(tx, """
                INSERT INTO events (id, date, date_precision, code, root, quad_class, goldstein, plover,
                  source_text, source_name, source_code, source_country, source_agent, source_key,
                  target_text, target_name, target_code, target_country, target_agent, target_key,
                  place_id, place_text, place_country, mode, speaker, rule, confidence, code_table,
                  num_mentions, num_articles, num_sources, first_article, added)
                VALUES (@id, @date, @dp, @code, @root, @qc, @g, @plover,
                  @st, @sn, @sc, @sco, @sa, @sk, @tt, @tn, @tc, @tco, @ta, @tk,
                  @pid, @ptext, @pco, @mode, @speaker, @rule, @conf, @table, @nm, @na, 1, @art, @added)
                RETURNING seq
                """, ct, ("@id", id), ("@date", e.Date), ("@dp", EventJson.PrecisionName(e.DatePrecision)), ("@code", e.Code),
                ("@root", e.Root), ("@qc", e.QuadClass), ("@g", e.Goldstein), ("@plover", e.Plover),
                ("@st", e.Source?.Text), ("@sn", e.Source?.Name), ("@sc", e.Source?.Code), ("@sco", e.Source?.Country), ("@sa", e.Source?.Agent), ("@sk", sourceKey),
                ("@tt", e.Target?.Text), ("@tn", e.Target?.Name), ("@tc", e.Target?.Code), ("@tco", e.Target?.Country), ("@ta", e.Target?.Agent), ("@tk", targetKey),
                ("@pid", placeId), ("@ptext", e.Place?.Text), ("@pco", e.Place?.Country), ("@mode", EventJson.ModeName(e.Mode)),
                ("@speaker", e.Speaker), ("@rule", e.Rule), ("@conf", e.Confidence), ("@table", e.CodeTable),
                ("@nm", e.Mentions.Select(m => (m.Start, m.End)).Distinct().Count()), ("@na", 1), ("@art", a.Id), ("@added", now)), CultureInfo.InvariantCulture);
        }
        int mentionCount = 0;
        foreach (var m in e.Mentions)
        {
            mentionCount += await c.ExecAsync(tx, """
                INSERT INTO event_mentions (event_seq, article_id, sentence, start_char, end_char, text, rule, confidence, added)
                VALUES (@seq, @a, @s, @b, @e, @t, @rule, @conf, @added) ON CONFLICT DO NOTHING
                """, ct, ("@seq", seq), ("@a", a.Id), ("@s", m.Sentence), ("@b", m.Start), ("@e", m.End), ("@t", m.Text),
                ("@rule", e.Rule), ("@conf", e.Confidence), ("@added", now));
        }
        foreach (var r in reasons)
            await c.ExecAsync(tx, "INSERT INTO merge_reasons (event_seq, article_id, reason, added) VALUES (@seq, @a, @r, @added)", ct,
                ("@seq", seq), ("@a", a.Id), ("@r", r), ("@added", now));
        // A new event's counts were written with it; only a merge changes them.
        if (candidate is not null)
            await c.ExecAsync(tx, """
            UPDATE events SET
              num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_seq = @seq),
              num_articles = (SELECT COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_seq = @seq),
              num_sources = (SELECT COUNT(DISTINCT a.source_key) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_seq = @seq)
            WHERE seq = @seq AND EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_seq = @seq)
            """, ct, ("@seq", seq));
        await IndexTextAsync(c, tx, seq, SearchText(e), candidate is not null, ct);
        return (candidate is not null, mentionCount);
    }

    /// <summary>Links a syndicated copy to the first stored copy of the story (MinHash), so num_articles counts the story once;
    /// returns that original, or null.</summary>
    private static async Task<string?> LinkNearDuplicateAsync(DbConnection c, DbTransaction tx, Article a, CancellationToken ct)
    {
        if (MinHash.Signature(a.Text) is not { } sig) return null;
        var keys = MinHash.BandKeys(sig);
        var where = string.Join(" OR ", keys.Select((_, b) => $"(b.band = {b} AND b.hash = @h{b})"));
        var cmd = c.Reused(tx, $"""
            SELECT a.id, a.duplicate_of, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id
            WHERE {where} ORDER BY a.added, a.id LIMIT 50
            """, keys.Select((k, b) => ($"@h{b}", (object?)k)).ToArray());
        string? original = null;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (original is null && await r.ReadAsync(ct))
                if (r.Str(2) is { } other && MinHash.Similarity(sig, MinHash.FromText(other)) >= NearDuplicates.Threshold)
                    original = r.Str(1) ?? r.GetString(0);
        await c.ExecAsync(tx, "UPDATE articles SET minhash = @m, duplicate_of = @d WHERE id = @id", ct,
            ("@m", MinHash.ToText(sig)), ("@d", original), ("@id", a.Id));
        for (int b = 0; b < keys.Length; b++)
            await c.ExecAsync(tx, "INSERT INTO article_bands (band, hash, article_id) VALUES (@b, @h, @a) ON CONFLICT DO NOTHING", ct,
                ("@b", b), ("@h", keys[b]), ("@a", a.Id));
        return original;
    }

    private static async Task<long> UpsertPlaceAsync(DbConnection c, DbTransaction tx, Place p, CancellationToken ct)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{p.GeonamesId}|{p.Name}|{p.Country}|{p.Admin1}|{p.Precision}|{p.Lat:0.0000}|{p.Lon:0.0000}");
        var id = await c.ScalarAsync(tx, "SELECT id FROM places WHERE place_key = @k", ct, ("@k", key));
        if (id is not null) return Convert.ToInt64(id, CultureInfo.InvariantCulture);
        return Convert.ToInt64(await c.ScalarAsync(tx, """
            INSERT INTO places (place_key, geonames_id, name, country, admin1, lat, lon, precision)
            VALUES (@k, @g, @n, @c, @a1, @lat, @lon, @prec) RETURNING id
            """, ct, ("@k", key), ("@g", p.GeonamesId), ("@n", p.Name), ("@c", p.Country), ("@a1", p.Admin1), ("@lat", p.Lat), ("@lon", p.Lon),
            ("@prec", EventJson.PrecisionName(p.Precision))), CultureInfo.InvariantCulture);
    }

    /// <summary>The dyad key of a missing actor.</summary>
    private const string NoActor = "-";

    /// <summary>The dyad side as the merge key: the actor code, else its lower-cased name, else "-".</summary>
    internal static string DyadKey(EventActor? a) =>
        a?.Code is { Length: > 0 } code ? code : (a?.Name ?? a?.Text) is { Length: > 0 } name ? "~" + name.Trim().ToLowerInvariant() : NoActor;

    /// <summary>Who published the article, for num_sources: its source name, else its URL's host, else the article itself.</summary>
    internal static string SourceKey(Article a) =>
        a.Source is { Length: > 0 } s ? s.Trim().ToLowerInvariant()
        : Uri.TryCreate(a.Url, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant()
        : "article:" + a.Id;

    private static string DerivedId(string articleId, CodedEvent e)
    {
        var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
        var text = string.Join('|', articleId, e.Code, e.Source?.Code, e.Target?.Code, first?.Start, first?.End, e.Date.ToString("O", CultureInfo.InvariantCulture));
        return "e" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static string SearchText(CodedEvent e) =>
        string.Join(' ', e.Mentions.Select(m => m.Text).Concat([e.Source?.Text, e.Source?.Name, e.Target?.Text, e.Target?.Name, e.Place?.Name, e.Place?.Text])
            .Where(s => !string.IsNullOrEmpty(s)));
}
