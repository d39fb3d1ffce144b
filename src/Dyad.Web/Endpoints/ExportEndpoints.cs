using Dyad.Storage;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /api/export</c>: streams stored events (oldest first, constant memory) in the same formats as <c>dyad export</c>.</summary>
internal static class ExportEndpoints
{
    private static readonly string[] Allowed = ["format", "from", "to", "mode"];

    public static void Map(WebApplication app, IEventStore store)
    {
        var formats = EventExports.All.ToDictionary(f => f.Name, f => f, StringComparer.Ordinal);
        app.MapGet("/api/export", async (HttpContext http, CancellationToken ct) =>
        {
            var r = new QueryReader(http.Request.Query, Allowed);
            var formatName = r.Text("format", 20);
            if (formatName is null) r.Fail("format", "required: " + string.Join(", ", formats.Keys));
            var format = formatName is not null && formats.TryGetValue(formatName.ToLowerInvariant(), out var f) ? f : null;
            if (formatName is not null && format is null) r.Fail("format", "expected one of " + string.Join(", ", formats.Keys));
            var from = r.Date("from");
            var to = r.Date("to");
            var mode = r.Mode();
            r.CheckOrder("from", from, "to", to);
            if (!r.IsValid || format is null) return Problem.Invalid(r.Errors);
            http.Response.ContentType = format.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"dyad-events{format.Extension}\"";
            // Headers go out first: the body is written as the store yields rows, never held whole.
            await http.Response.StartAsync(ct);
            await format.WriteAsync(http.Response.Body, store.StreamEventsAsync(from, to, mode, ct), ct);
            return Results.Empty;
        })
        .WithName("Export")
        .WithSummary("Streams every stored event in a date range as " + string.Join(", ", EventExports.All.Select(x => x.Name)) + ".")
        .WithDescription("format is required; from, to (YYYY-MM-DD, inclusive) and mode (asserted by default, or any) narrow it. Rows are written as they are read, oldest first.")
        .Produces(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/export/codebook", (HttpContext http) =>
        {
            var r = new QueryReader(http.Request.Query, "format");
            var name = r.Text("format", 20);
            var format = EventExports.Find(name);
            if (format is null) r.Fail("format", "expected one of " + string.Join(", ", formats.Keys));
            return r.IsValid && format is not null ? Results.Text(format.Codebook, "text/markdown; charset=utf-8") : Problem.Invalid(r.Errors);
        })
        .WithName("ExportCodebook")
        .WithSummary("The Markdown codebook describing every column of an export format.")
        .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
        .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
