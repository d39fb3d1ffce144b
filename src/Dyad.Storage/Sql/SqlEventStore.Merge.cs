using System.Data.Common;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Merging;

namespace Dyad.Storage.Sql;

/// <summary>The cross-article merge: which stored event a new one joins, and what the joined row becomes.</summary>
internal abstract partial class SqlEventStore
{
    /// <summary>The stored event <paramref name="e"/> merges into, with the reason and the stored event as read; <paramref name="original"/>
    /// is the article <paramref name="e"/>'s article is a syndicated copy of, or null.</summary>
    /// <remarks>Mirrors <see cref="EventMerger"/>: an event with the same target wins; with fill-in on, a targeted
    /// event then fills in a target-less one, and a target-less event joins the agreeing events only when they share one
    /// target. Each lookup is an equality on (root, source_key, target_key) plus a date range, as the merge index serves,
    /// except the target-less one, which must see every target.</remarks>
    private async Task<(long Seq, string Reason, CodedEvent Stored)?> FindMergeAsync(DbConnection c, DbTransaction tx, CodedEvent e,
        string? original, string sourceKey, string targetKey, CancellationToken ct)
    {
        if (Merge.WindowDays < 0) return null;
        if (!Merge.FillMissingTarget || targetKey != NoActor)
        {
            var same = await AgreeingAsync(c, tx, e, original, sourceKey, targetKey, ct);
            if (same.Count > 0) return (same[0].Seq, same[0].Reason, same[0].Stored);
            if (!Merge.FillMissingTarget) return null;
            var open = await AgreeingAsync(c, tx, e, original, sourceKey, NoActor, ct);
            return open.Count > 0 ? (open[0].Seq, Filled(open[0].Reason), open[0].Stored) : null;
        }
        var agreeing = await AgreeingAsync(c, tx, e, original, sourceKey, null, ct);
        // Two targets agree: choosing one would invent a fact, so the report stays apart.
        if (agreeing.Count == 0 || agreeing.Select(x => x.TargetKey).Distinct(StringComparer.Ordinal).Count() > 1) return null;
        var only = agreeing[0];
        return (only.Seq, only.TargetKey == NoActor ? only.Reason : Filled(only.Reason), only.Stored);
    }

    /// <summary>The reason with the engine's words for a filled target, which <see cref="MergePolicy.Agrees"/> already adds and a custom rule may not.</summary>
    private static string Filled(string reason) =>
        reason.EndsWith(MergePolicy.FilledTarget, StringComparison.Ordinal) ? reason : reason + MergePolicy.FilledTarget;

    /// <summary>Stored events in the window with <paramref name="e"/>'s root, mode and source (and target key, unless null) that
    /// the rule's decision accepts, nearest date first, with the reason, their target key and the stored event.</summary>
    private async Task<List<(long Seq, string Reason, string TargetKey, CodedEvent Stored)>> AgreeingAsync(DbConnection c, DbTransaction tx,
        CodedEvent e, string? original, string sourceKey, string? targetKey, CancellationToken ct)
    {
        var args = new List<(string, object?)>
        {
            ("@root", e.Root), ("@mode", EventJson.ModeName(e.Mode)), ("@sk", sourceKey),
            ("@from", e.Date.AddDays(-Merge.WindowDays)), ("@to", e.Date.AddDays(Merge.WindowDays)),
        };
        if (targetKey is not null) args.Add(("@tk", targetKey));
        var cmd = c.Reused(tx, $"""
            SELECT {EventColumns}, e.target_key FROM events e LEFT JOIN places p ON p.id = e.place_id
            WHERE e.root = @root AND e.mode = @mode AND e.source_key = @sk{(targetKey is null ? "" : " AND e.target_key = @tk")}
              AND e.date >= @from AND e.date <= @to
            ORDER BY e.seq LIMIT 50
            """, [.. args]);
        var candidates = new List<(long Seq, CodedEvent Event, string TargetKey)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var (seq, stored) = ReadEventRow(r);
                candidates.Add((seq, stored, r.GetString(r.FieldCount - 1)));
            }
        var agreeing = new List<(long Seq, string Reason, string TargetKey, CodedEvent Stored)>();
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        if (original is not null)
            foreach (var m in e.Mentions) copyOf[m.ArticleId] = original;
        foreach (var (seq, row, key) in candidates.OrderBy(x => Math.Abs(x.Event.Date.DayNumber - e.Date.DayNumber)))
        {
            // Without a coded source only one article (or its copy) identifies the dyad, so the policy then needs the stored articles.
            var stored = MergePolicy.IsSpecific(row.Source) ? row : row with { Mentions = await MentionsAsync(c, tx, seq, copyOf, ct) };
            if (Merge.Decide(stored, e, copyOf) is { } reason) agreeing.Add((seq, reason, key, stored));
        }
        return agreeing;
    }

    /// <summary>The stored event's mentions; the syndicated copies among their articles go into <paramref name="copyOf"/>.</summary>
    private static async Task<List<EventMention>> MentionsAsync(DbConnection c, DbTransaction tx, long seq, Dictionary<string, string> copyOf,
        CancellationToken ct)
    {
        var cmd = c.Reused(tx, """
            SELECT m.article_id, m.sentence, m.text, m.start_char, m.end_char, a.duplicate_of
            FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_seq = @seq ORDER BY m.id
            """, ("@seq", seq));
        var mentions = new List<EventMention>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            mentions.Add(new EventMention(r.GetString(0), null, r.Int(1), r.GetString(2), r.Int(3), r.Int(4)));
            if (r.Str(5) is { } of) copyOf[r.GetString(0)] = of;
        }
        return mentions;
    }

    /// <summary>Writes what <see cref="MergePolicy.Combine"/> changed in the stored row: date, code (with its Goldstein, PLOVER,
    /// quad class and rule), place, filled target, confidence. One UPDATE, none when nothing changed.</summary>
    private static async Task UpdateMergedAsync(DbConnection c, DbTransaction tx, long seq, CodedEvent stored, CodedEvent merged, CancellationToken ct)
    {
        var sets = new List<string>();
        var args = new List<(string, object?)> { ("@seq", seq) };
        if (merged.Date != stored.Date || merged.DatePrecision != stored.DatePrecision)
        {
            sets.Add("date = @date, date_precision = @dp");
            args.AddRange([("@date", merged.Date), ("@dp", EventJson.PrecisionName(merged.DatePrecision))]);
        }
        if (merged.Code != stored.Code)
        {
            sets.Add("code = @code, root = @root, quad_class = @qc, goldstein = @g, plover = @plover, rule = @rule");
            args.AddRange([("@code", merged.Code), ("@root", merged.Root), ("@qc", merged.QuadClass), ("@g", merged.Goldstein),
                ("@plover", merged.Plover), ("@rule", merged.Rule)]);
        }
        if (!ReferenceEquals(merged.Place, stored.Place) && merged.Place is { } place)
        {
            sets.Add("place_id = @pid, place_text = @ptext, place_country = @pco");
            args.AddRange([("@pid", await UpsertPlaceAsync(c, tx, place, ct)), ("@ptext", place.Text), ("@pco", place.Country)]);
        }
        if (!ReferenceEquals(merged.Target, stored.Target) && merged.Target is { } t)
        {
            sets.Add("target_text = @tt, target_name = @tn, target_code = @tc, target_country = @tco, target_agent = @ta, target_key = @tk");
            args.AddRange([("@tt", t.Text), ("@tn", t.Name), ("@tc", t.Code), ("@tco", t.Country), ("@ta", t.Agent), ("@tk", DyadKey(t))]);
        }
        if (merged.Confidence != stored.Confidence)
        {
            sets.Add("confidence = @conf");
            args.Add(("@conf", merged.Confidence));
        }
        if (sets.Count > 0)
            await c.ExecAsync(tx, $"UPDATE events SET {string.Join(", ", sets)} WHERE seq = @seq", ct, [.. args]);
    }
}
