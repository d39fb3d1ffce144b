using Dyad.Formats;
using Dyad.Storage;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /api/events</c> (filters, keyset cursor) and <c>GET /api/events/{id}</c>.</summary>
internal static class EventEndpoints
{
    private static readonly string[] Allowed = ["from", "to", "actor", "source", "target", "code", "root", "quad_class", "country", "mode", "q", "limit", "cursor"];

    public static void Map(WebApplication app, IEventStore store)
    {
        app.MapGet("/api/events", async (HttpContext http, CancellationToken ct) =>
        {
            var r = new QueryReader(http.Request.Query, Allowed);
            var query = new EventQuery
            {
                From = r.Date("from"),
                To = r.Date("to"),
                Actor = r.Text("actor"),
                Source = r.Text("source"),
                Target = r.Text("target"),
                Code = r.Matching("code", QueryReader.CameoCode(), "a CAMEO event code of 2 to 4 digits, e.g. 041"),
                Root = r.Matching("root", QueryReader.CameoRoot(), "a two-digit CAMEO root, e.g. 04"),
                QuadClass = r.Int("quad_class", 1, 4),
                Country = r.Matching("country", QueryReader.CountryCode(), "a 3-letter CAMEO or 2-letter ISO country code"),
                Mode = r.Mode(),
                Q = r.Text("q", 500),
                Limit = r.Int("limit", 1, EventQuery.MaxLimit) ?? 100,
                Cursor = r.Matching("cursor", QueryReader.Cursor(), "the `next` value of a previous page"),
            };
            r.CheckOrder("from", query.From, "to", query.To);
            if (!r.IsValid) return Problem.Invalid(r.Errors);
            EventPage page;
            try
            {
                page = await store.QueryEventsAsync(query, ct);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return Problem.Invalid("cursor", "not a cursor this server issued");
            }
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("items");
                foreach (var e in page.Items) EventJson.Write(w, e);
                w.WriteEndArray();
                EventJson.Str(w, "next", page.Next);
                w.WriteEndObject();
            });
        })
        .WithName("ListEvents")
        .WithSummary("Events matching every given filter, newest first, one page at a time.")
        .WithDescription("Filters: from, to (YYYY-MM-DD, inclusive); actor (either side), source, target (CAMEO code prefix or exact name); code (CAMEO prefix), root; quad_class 1-4; country (3-letter actor country or 2-letter place country); mode (asserted by default, or negated, hypothetical, future, any); q (all words). limit 1-1000 is the page size, not a cap: follow `next` as `cursor`.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/events/{id}", async (string id, CancellationToken ct) =>
        {
            if (id.Length > 200) return Problem.Invalid("id", "at most 200 characters");
            var e = await store.GetEventAsync(id, ct);
            return e is null ? Problem.Status(StatusCodes.Status404NotFound, "No event with this id.", id) : new JsonWriterResult(w => EventJson.Write(w, e));
        })
        .WithName("GetEvent")
        .WithSummary("One event with every mention, the rule that fired and the merge reasons.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
