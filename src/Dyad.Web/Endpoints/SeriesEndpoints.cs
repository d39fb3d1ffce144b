using System.Globalization;
using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /api/series</c>: counts, Goldstein sum and mean and QuadClass counts per day, week or month, with the denominator.</summary>
internal static class SeriesEndpoints
{
    private static readonly string[] Allowed = ["source", "target", "actor", "country", "root", "code", "quad_class", "from", "to", "mode", "q", "by", "normalize"];

    private static readonly Dictionary<string, SeriesInterval> Intervals = new()
    {
        ["day"] = SeriesInterval.Day, ["week"] = SeriesInterval.Week, ["month"] = SeriesInterval.Month,
    };

    private static readonly Dictionary<string, SeriesNormalize> Normalizations = new()
    {
        ["none"] = SeriesNormalize.None, ["total"] = SeriesNormalize.Total,
    };

    public static void Map(WebApplication app, IEventStore store)
    {
        app.MapGet("/api/series", async (HttpContext http, CancellationToken ct) =>
        {
            var r = new QueryReader(http.Request.Query, Allowed);
            var query = new SeriesQuery
            {
                Source = r.Text("source"),
                Target = r.Text("target"),
                Actor = r.Text("actor"),
                Country = r.Matching("country", QueryReader.CountryCode(), "a 3-letter CAMEO or 2-letter ISO country code"),
                Root = r.Matching("root", QueryReader.CameoRoot(), "a two-digit CAMEO root, e.g. 04"),
                Code = r.Matching("code", QueryReader.CameoCode(), "a CAMEO event code of 2 to 4 digits, e.g. 041"),
                Q = r.Text("q", 500),
                QuadClass = r.Int("quad_class", 1, 4),
                From = r.Date("from"),
                To = r.Date("to"),
                Mode = r.Mode(),
                By = r.Choice("by", Intervals, SeriesInterval.Day),
                Normalize = r.Choice("normalize", Normalizations, SeriesNormalize.None),
            };
            r.CheckOrder("from", query.From, "to", query.To);
            if (!r.IsValid) return Problem.Invalid(r.Errors);
            var points = await store.SeriesAsync(query, ct);
            return new JsonWriterResult(w =>
            {
                w.WriteStartArray();
                foreach (var p in points) Write(w, p, query);
                w.WriteEndArray();
            });
        })
        .WithName("Series")
        .WithSummary("A dyad or country time series: one object per period that has events.")
        .WithDescription("by=day|week|month (weeks start on Monday, named by that day; months as YYYY-MM). normalize=total adds `share` = count / total, where `total` (always present) is every event of the period in the same mode and date range. code and q filter as in /api/events. mode defaults to asserted.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static void Write(Utf8JsonWriter w, SeriesPoint p, SeriesQuery q)
    {
        w.WriteStartObject();
        var format = q.By == SeriesInterval.Month ? "yyyy-MM" : "yyyy-MM-dd";
        w.WriteString("period", p.Period.ToString(format, CultureInfo.InvariantCulture));
        w.WriteNumber("count", p.Count);
        w.WriteNumber("goldstein_sum", Math.Round(p.GoldsteinSum, 4));
        if (p.GoldsteinMean is { } mean) w.WriteNumber("goldstein_mean", Math.Round(mean, 4)); else w.WriteNull("goldstein_mean");
        w.WriteStartObject("quad");
        for (var i = 0; i < 4; i++) w.WriteNumber((i + 1).ToString(CultureInfo.InvariantCulture), i < p.Quad.Count ? p.Quad[i] : 0);
        w.WriteEndObject();
        w.WriteNumber("total", p.Total);
        if (q.Normalize == SeriesNormalize.Total) w.WriteNumber("share", Math.Round(p.Share ?? (p.Total == 0 ? 0 : (double)p.Count / p.Total), 6));
        else w.WriteNull("share");
        w.WriteEndObject();
    }
}
