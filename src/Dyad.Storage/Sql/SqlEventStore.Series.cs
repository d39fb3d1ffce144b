using System.Data.Common;
using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Storage.Sql;

internal abstract partial class SqlEventStore
{
    /// <summary>The filters events and series share; null fields do not filter.</summary>
    private readonly record struct EventFilter(
        DateOnly? From, DateOnly? To, string? Actor, string? Source, string? Target, string? Code, string? Root,
        int? QuadClass, string? Country, EventMode? Mode, string? Q);

    /// <summary>WHERE clauses over alias "e" for a filter, adding their parameters to the command.</summary>
    private List<string> Filters(DbCommand cmd, EventFilter f)
    {
        var where = new List<string>();
        if (f.From is { } from) { where.Add("e.date >= @from"); cmd.Add("@from", from); }
        if (f.To is { } to) { where.Add("e.date <= @to"); cmd.Add("@to", to); }
        if (f.Mode is { } mode) { where.Add("e.mode = @mode"); cmd.Add("@mode", EventJson.ModeName(mode)); }
        if (Has(f.Root)) { where.Add("e.root = @root"); cmd.Add("@root", f.Root!.Trim()); }
        if (Has(f.Code)) { where.Add("e.code LIKE @code"); cmd.Add("@code", Prefix(f.Code!)); }
        if (f.QuadClass is { } qc) { where.Add("e.quad_class = @qc"); cmd.Add("@qc", qc); }
        if (Has(f.Source)) where.Add(ActorClause(cmd, "source", f.Source!, "src"));
        if (Has(f.Target)) where.Add(ActorClause(cmd, "target", f.Target!, "tgt"));
        if (Has(f.Actor)) where.Add($"({ActorClause(cmd, "source", f.Actor!, "as")} OR {ActorClause(cmd, "target", f.Actor!, "at")})");
        if (Has(f.Country))
        {
            var country = f.Country!.Trim().ToUpperInvariant();
            where.Add(country.Length == 2 ? "e.place_country = @country" : "(e.source_country = @country OR e.target_country = @country)");
            cmd.Add("@country", country);
        }
        if (Has(f.Q))
        {
            if (SearchValue(f.Q!.Trim()) is { } words) { where.Add(SearchClause("@q")); cmd.Add("@q", words); }
            else where.Add("1 = 0");
        }
        return where;
    }

    private static bool Has(string? s) => !string.IsNullOrWhiteSpace(s);

    // Codes are upper-case letters and digits; LIKE's wildcards are stripped so a value cannot widen the match.
    private static string Prefix(string code) => code.Trim().ToUpperInvariant().Replace("%", "").Replace("_", "") + "%";

    private static string ActorClause(DbCommand cmd, string side, string value, string name)
    {
        cmd.Add($"@{name}c", Prefix(value)).Add($"@{name}n", value.Trim().ToLowerInvariant());
        return $"(e.{side}_code LIKE @{name}c OR lower(e.{side}_name) = @{name}n)";
    }

    public async Task<IReadOnlyList<SeriesPoint>> SeriesAsync(SeriesQuery q, CancellationToken ct = default)
    {
        var periods = new SortedDictionary<DateOnly, (long Count, double Sum, long[] Quad, long Total)>();
        (long, double, long[], long) Slot(DateOnly day) =>
            periods.TryGetValue(PeriodOf(day, q.By), out var s) ? s : (0, 0, new long[4], 0);
        await using var c = await OpenAsync(ct);
        await using (var cmd = c.CreateCommand())
        {
            var where = Filters(cmd, new(q.From, q.To, q.Actor, q.Source, q.Target, q.Code, q.Root, q.QuadClass, q.Country, q.Mode, q.Q));
            cmd.CommandText = $"""
                SELECT e.date, e.quad_class, COUNT(*), SUM(e.goldstein) FROM events e
                {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} GROUP BY e.date, e.quad_class
                """;
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var day = r.Date(0);
                var (count, sum, quad, total) = Slot(day);
                var qc = r.Int(1);
                if (qc is >= 1 and <= 4) quad[qc - 1] += r.Long(2);
                periods[PeriodOf(day, q.By)] = (count + r.Long(2), sum + r.Dbl(3), quad, total);
            }
        }
        await using (var cmd = c.CreateCommand())
        {
            // The denominator: every event of the period under the same mode and dates, no other filter.
            var where = Filters(cmd, new(q.From, q.To, null, null, null, null, null, null, null, q.Mode, null));
            cmd.CommandText = $"SELECT e.date, COUNT(*) FROM events e {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} GROUP BY e.date";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var day = r.Date(0);
                var (count, sum, quad, total) = Slot(day);
                periods[PeriodOf(day, q.By)] = (count, sum, quad, total + r.Long(1));
            }
        }
        return periods.Select(p => new SeriesPoint(
            p.Key, p.Value.Count, p.Value.Sum, p.Value.Count == 0 ? null : p.Value.Sum / p.Value.Count, p.Value.Quad, p.Value.Total,
            q.Normalize == SeriesNormalize.Total ? (p.Value.Total == 0 ? 0 : (double)p.Value.Count / p.Value.Total) : null)).ToList();
    }

    /// <summary>The first day of the day, ISO week (Monday) or month holding a date.</summary>
    internal static DateOnly PeriodOf(DateOnly day, SeriesInterval by) => by switch
    {
        SeriesInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        SeriesInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
