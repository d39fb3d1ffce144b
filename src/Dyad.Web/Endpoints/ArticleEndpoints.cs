using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Storage;
using Microsoft.Net.Http.Headers;

namespace Dyad.Web.Endpoints;

/// <summary><c>GET /api/articles/{id}</c> (text and mention offsets) and <c>POST /api/articles</c> (code and store one article).</summary>
internal static class ArticleEndpoints
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static void Map(WebApplication app, DyadWebOptions options)
    {
        var store = options.Store;
        app.MapGet("/api/articles/{id}", async (string id, CancellationToken ct) =>
        {
            if (id.Length > 200) return Problem.Invalid("id", "at most 200 characters");
            var a = await store.GetArticleAsync(id, ct);
            return a is null ? Problem.Status(StatusCodes.Status404NotFound, "No article with this id.", id) : new JsonWriterResult(w => WriteArticle(w, a));
        })
        .WithName("GetArticle")
        .WithSummary("One stored article: its text and the offsets (into that text) of every event mention, entity and place.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/articles", async (HttpContext http, CancellationToken ct) =>
        {
            if (!ApiKey.Allows(http, options.ApiKey)) return Problem.Status(StatusCodes.Status401Unauthorized, "This server needs an API key for writes.", "Send it in the X-Api-Key header.");
            var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var ctype) ? ctype.MediaType.ToString().ToLowerInvariant() : "";
            if (mediaType is not ("application/json" or "text/plain" or "text/html"))
                return Problem.Status(StatusCodes.Status415UnsupportedMediaType, "Send the article as application/json, text/plain or text/html.", $"got '{http.Request.ContentType}'");
            var (body, tooBig) = await ReadBodyAsync(http.Request, options.MaxBodyBytes, ct);
            if (tooBig) return Problem.Status(StatusCodes.Status413PayloadTooLarge, "The article is too large.", $"at most {options.MaxBodyBytes} bytes");
            if (body is null) return Problem.Invalid("body", "not valid UTF-8");
            var (article, errors) = ArticleIntake.Read(body, mediaType, http.Request.Query, options.HtmlReader);
            if (article is null) return Problem.Invalid(errors);
            if (options.Coder is null) return Problem.Status(StatusCodes.Status503ServiceUnavailable, "This server has no coding pipeline; nothing was stored.");
            var processed = await options.Coder(article, ct);
            var result = await store.SaveBatchAsync([processed], ct);
            var events = await StoredEventsAsync(store, article.Id, ct);
            http.Response.Headers.Location = "/api/articles/" + Uri.EscapeDataString(article.Id);
            return new JsonWriterResult(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", article.Id);
                w.WriteBoolean("stored", result.ArticlesStored > 0);
                w.WriteStartArray("events");
                foreach (var e in events) EventJson.Write(w, e);
                w.WriteEndArray();
                w.WriteEndObject();
            }, result.ArticlesStored > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        })
        .WithName("PostArticle")
        .WithSummary("Codes one article and stores it; 201 with the article id and its events (200 when the same article was stored before).")
        .WithDescription("Body: a JSON article {id?, title, published (YYYY-MM-DD), url, source, text, dropped}, or text/plain, or text/html (then title, published, url, source, id may be query parameters). Needs the X-Api-Key header when the server has a key. Nothing is stored from a rejected request.")
        .Produces(StatusCodes.Status201Created, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IReadOnlyList<CodedEvent>> StoredEventsAsync(IEventStore store, string articleId, CancellationToken ct)
    {
        var stored = await store.GetArticleAsync(articleId, ct);
        if (stored is null) return [];
        var list = new List<CodedEvent>();
        foreach (var id in stored.Mentions.Select(m => m.EventId).Distinct())
            if (await store.GetEventAsync(id, ct) is { } e) list.Add(e);
        return list;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes as strict UTF-8; null text when the bytes are not UTF-8.</summary>
    private static async Task<(string? Text, bool TooBig)> ReadBodyAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return (null, true);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > limit) return (null, true);
            buffer.Write(chunk, 0, n);
        }
        try { return (StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'), false); }
        catch (DecoderFallbackException) { return (null, false); }
    }

    private static void WriteArticle(Utf8JsonWriter w, StoredArticle s)
    {
        var a = s.Article;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        EventJson.Str(w, "title", a.Title);
        if (a.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("published");
        EventJson.Str(w, "url", a.Url);
        EventJson.Str(w, "source", a.Source);
        w.WriteString("text", a.Text);
        w.WriteStartArray("dropped");
        foreach (var d in a.Dropped) w.WriteStringValue(d);
        w.WriteEndArray();
        w.WriteString("content_hash", s.ContentHash);
        w.WriteString("added", DateTime.SpecifyKind(s.Added, DateTimeKind.Utc));
        w.WriteStartArray("mentions");
        foreach (var m in s.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("event_id", m.EventId);
            w.WriteNumber("sentence", m.Sentence);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("text", m.Text);
            w.WriteString("code", m.Code);
            EventJson.Str(w, "rule", m.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in s.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("label", e.Label);
            EventJson.Str(w, "actor", e.ActorCode);
            EventJson.Str(w, "actor_name", e.ActorName);
            if (e.RegistryActorId is { } rid) w.WriteNumber("registry_id", rid); else w.WriteNull("registry_id");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var pl in s.Places)
        {
            w.WriteStartObject();
            w.WriteNumber("start", pl.Start);
            w.WriteNumber("end", pl.End);
            EventJson.WritePlace(w, "place", pl.Place);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
