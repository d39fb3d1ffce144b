using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Documents;

namespace Dyad.Web;

/// <summary>Turns a posted body (a JSON article, plain text or HTML) into an <see cref="Article"/>, or names the field that is wrong.</summary>
internal static partial class ArticleIntake
{
    private static readonly string[] JsonFields = ["id", "title", "published", "url", "source", "text", "dropped"];
    public static readonly string[] QueryFields = ["id", "title", "published", "url", "source"];

    /// <summary>The article, or the errors by field (never both).</summary>
    public static (Article? Article, Dictionary<string, string> Errors) Read(string body, string mediaType, IQueryCollection query, HtmlArticleReader? html)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var r = new QueryReader(query, mediaType == "application/json" ? [] : QueryFields);
        foreach (var (k, v) in r.Errors) errors[k] = v;
        if (body.Contains('\0')) errors["body"] = "binary content; send UTF-8 text";
        if (errors.Count > 0) return (null, errors);
        return mediaType switch
        {
            "application/json" => FromJson(body, errors),
            "text/html" => Finish(FromHtml(body, r, html), r, errors),
            _ => Finish(new Article("", r.Text("title", 1000), null, null, null, body.Trim(), []), r, errors),
        };
    }

    private static Article FromHtml(string body, QueryReader r, HtmlArticleReader? html)
    {
        var url = r.Text("url", 2000);
        var read = html is null ? HtmlText.ToArticle(body) : html(body, url);
        return read with { Title = r.Text("title", 1000) ?? read.Title };
    }

    private static (Article?, Dictionary<string, string>) Finish(Article a, QueryReader r, Dictionary<string, string> errors)
    {
        var published = r.Date("published");
        var url = r.Text("url", 2000);
        var article = a with { Published = published ?? a.Published, Url = url ?? a.Url, Source = r.Text("source") ?? a.Source };
        foreach (var (k, v) in r.Errors) errors[k] = v;
        return Check(article, r.Text("id"), errors);
    }

    private static (Article?, Dictionary<string, string>) FromJson(string body, Dictionary<string, string> errors)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { errors["body"] = "not valid JSON: " + e.Message; return (null, errors); }
        using (doc)
        {
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) { errors["body"] = "expected a JSON object (an article)"; return (null, errors); }
            foreach (var p in o.EnumerateObject())
                if (!JsonFields.Contains(p.Name, StringComparer.Ordinal)) errors[p.Name] = "unknown field; expected " + string.Join(", ", JsonFields);
            string? Str(string name)
            {
                if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
                if (v.ValueKind == JsonValueKind.String) return v.GetString();
                errors[name] = "expected a string or null";
                return null;
            }
            DateOnly? published = null;
            if (Str("published") is { } p2)
            {
                if (DateOnly.TryParseExact(p2, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) published = d;
                else errors["published"] = "expected a date as YYYY-MM-DD";
            }
            var dropped = new List<string>();
            if (o.TryGetProperty("dropped", out var dr) && dr.ValueKind != JsonValueKind.Null)
            {
                if (dr.ValueKind != JsonValueKind.Array || dr.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String)) errors["dropped"] = "expected an array of strings";
                else dropped.AddRange(dr.EnumerateArray().Select(x => x.GetString()!));
            }
            if (!o.TryGetProperty("text", out _)) errors["text"] = "required: the article body";
            var article = new Article("", Str("title"), published, Str("url"), Str("source"), Str("text") ?? "", dropped);
            return Check(article, Str("id"), errors);
        }
    }

    private static (Article?, Dictionary<string, string>) Check(Article a, string? id, Dictionary<string, string> errors)
    {
        if (!errors.ContainsKey("text") && string.IsNullOrWhiteSpace(a.Text)) errors["text"] = "empty: the article has no body text";
        if (a.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            errors["url"] = "expected an absolute http or https URL";
        if (id is not null && !IdPattern().IsMatch(id)) errors["id"] = "1 to 200 letters, digits, or . _ : -";
        if (a.Title is { Length: > 1000 }) errors["title"] = "at most 1000 characters";
        if (errors.Count > 0) return (null, errors);
        return (a with { Id = id ?? StableId(a) }, errors);
    }

    /// <summary>The same article gives the same id on every run and machine: a prefix of the SHA-256 of its content.</summary>
    public static string StableId(Article a)
    {
        var text = string.Join('\u001f', a.Source ?? "", a.Url ?? "", a.Title ?? "", a.Text);
        return "post-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,200}$")] private static partial Regex IdPattern();
}
