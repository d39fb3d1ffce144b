using Dyad.Storage;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /health</c>: the store answers, and how much it holds.</summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app, IEventStore store)
    {
        app.MapGet("/health", async (CancellationToken ct) =>
        {
            var counts = await store.CountsAsync(ct);
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteString("status", "ok");
                w.WriteString("engine", store.Engine);
                w.WriteNumber("articles", counts.Articles);
                w.WriteNumber("events", counts.Events);
                w.WriteNumber("mentions", counts.Mentions);
                w.WriteNumber("actors", counts.Actors);
                w.WriteEndObject();
            });
        })
        .WithName("Health")
        .WithSummary("Whether the store answers, with its row counts.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }
}
