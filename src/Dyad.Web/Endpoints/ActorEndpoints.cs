using System.Globalization;
using System.Text.Json;
using Dyad.Formats;
using Dyad.Storage;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /api/actors</c> (search the registry by name, alias or code) and <c>GET /api/actors/{id}</c> (aliases and role history).</summary>
internal static class ActorEndpoints
{
    private static readonly string[] Allowed = ["q", "code", "limit"];

    public static void Map(WebApplication app, IEventStore store)
    {
        app.MapGet("/api/actors", async (HttpContext http, CancellationToken ct) =>
        {
            var r = new QueryReader(http.Request.Query, Allowed);
            var query = new ActorQuery
            {
                Name = r.Text("q"),
                Code = r.Matching("code", QueryReader.ActorCode(), "a CAMEO actor code or prefix, letters only, e.g. USAGOV"),
                Limit = r.Int("limit", 1, 1000) ?? 100,
            };
            if (!r.IsValid) return Problem.Invalid(r.Errors);
            var actors = await store.QueryActorsAsync(query, ct);
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("items");
                foreach (var a in actors) Write(w, a);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        })
        .WithName("ListActors")
        .WithSummary("Registry actors whose name or alias contains q, or whose code starts with code; most recently seen first.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/actors/{id}", async (string id, CancellationToken ct) =>
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return Problem.Invalid("id", "expected the numeric registry id from /api/actors");
            var a = await store.GetActorAsync(n, ct);
            return a is null ? Problem.Status(StatusCodes.Status404NotFound, "No actor with this id.", id) : new JsonWriterResult(w => Write(w, a));
        })
        .WithName("GetActor")
        .WithSummary("One registry actor: names, aliases, the codes and roles it held over time, and what taught the registry.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void Write(Utf8JsonWriter w, RegistryActor a)
    {
        w.WriteStartObject();
        w.WriteNumber("id", a.Id);
        w.WriteString("name", a.Name);
        EventJson.Str(w, "code", a.Code);
        EventJson.Str(w, "country", a.Country);
        EventJson.Str(w, "agent", a.Agent);
        EventJson.Str(w, "role", a.Role);
        w.WriteStartArray("aliases");
        foreach (var alias in a.Aliases) w.WriteStringValue(alias);
        w.WriteEndArray();
        WriteSource(w, a.TaughtBy);
        w.WriteString("first_seen", Day(a.FirstSeen));
        w.WriteString("last_seen", Day(a.LastSeen));
        w.WriteNumber("mentions", a.Mentions);
        w.WriteStartArray("roles");
        foreach (var r in a.Roles)
        {
            w.WriteStartObject();
            EventJson.Str(w, "role", r.Role);
            EventJson.Str(w, "code", r.Code);
            w.WriteString("since", Day(r.Since));
            if (r.Until is { } u) w.WriteString("until", Day(u)); else w.WriteNull("until");
            WriteSource(w, r.TaughtBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, ActorSource s)
    {
        w.WriteStartObject("taught_by");
        w.WriteString("article_id", s.ArticleId);
        w.WriteNumber("sentence", s.Sentence);
        w.WriteEndObject();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
