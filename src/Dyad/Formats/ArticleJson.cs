using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Formats;

/// <summary>The article JSON of CONTRACT.md: snake_case, ISO dates, null (never "") for unknown values.</summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; the relaxed encoder still escapes what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false,
    };

    /// <summary>Writes <paramref name="article"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, Article article)
    {
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        WriteNullable(w, "title", article.Title);
        WriteNullable(w, "published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(w, "url", article.Url);
        WriteNullable(w, "source", article.Source);
        w.WriteString("text", article.Text);
        w.WriteStartArray("dropped");
        foreach (var line in article.Dropped) w.WriteStringValue(line);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The article as one line of JSON (no trailing newline).</summary>
    public static string ToJsonLine(Article article)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w, article);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writer options shared by callers that write many articles to one stream.</summary>
    public static JsonWriterOptions Options => WriterOptions;

    /// <summary>Reads one article object (`id`, `url`, `title`, `published`, `source`, `text`); `text` is kept verbatim.</summary>
    public static bool TryParse(string json, out Article? article, out string? error)
    {
        article = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return TryRead(doc.RootElement, out article, out error);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON: {FirstLine(e.Message)}";
            return false;
        }
    }

    /// <summary>Reads one article from a parsed JSON object; the error names the missing or malformed field.</summary>
    public static bool TryRead(JsonElement e, out Article? article, out string? error)
    {
        article = null;
        if (e.ValueKind != JsonValueKind.Object) { error = "not a JSON object"; return false; }
        if (!e.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            error = "no \"text\" string";
            return false;
        }
        var text = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) { error = "\"text\" is empty"; return false; }
        string? id = null, title = null, url = null, source = null, published = null;
        foreach (var name in (ReadOnlySpan<string>)["id", "title", "url", "source", "published"])
        {
            if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null) continue;
            if (p.ValueKind != JsonValueKind.String) { error = $"\"{name}\" is not a string"; return false; }
            var s = p.GetString();
            if (string.IsNullOrWhiteSpace(s)) continue;
            switch (name)
            {
                case "id": id = s; break;
                case "title": title = s; break;
                case "url": url = s; break;
                case "source": source = s; break;
                default: published = s; break;
            }
        }
        DateOnly? date = null;
        if (published is not null && (date = PublishedDate.Parse(published)) is null)
        {
            error = $"\"published\" is not a date: {Truncate(published)}";
            return false;
        }
        var dropped = new List<string>();
        if (e.TryGetProperty("dropped", out var d) && d.ValueKind == JsonValueKind.Array)
            foreach (var item in d.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) dropped.Add(item.GetString()!);
        article = new Article(id ?? ArticleId.From(url, text), title, date, url, source, text, dropped);
        error = null;
        return true;
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
