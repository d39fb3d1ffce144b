using System.Text.Json;

namespace Dyad.Web;

/// <summary>RFC 7807 problem responses; a 400 names every field that was wrong and why.</summary>
internal static class Problem
{
    public static IResult Invalid(IReadOnlyDictionary<string, string> errors)
    {
        var detail = string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"));
        return Write(StatusCodes.Status400BadRequest, "One or more fields are invalid.", detail, errors);
    }

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static IResult Status(int status, string title, string? detail = null) => Write(status, title, detail, null);

    private static IResult Write(int status, string title, string? detail, IReadOnlyDictionary<string, string>? errors) =>
        new JsonWriterResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", $"https://httpwg.org/specs/rfc9110.html#status.{status}");
            w.WriteString("title", title);
            w.WriteNumber("status", status);
            if (detail is not null) w.WriteString("detail", detail);
            if (errors is not null)
            {
                w.WriteStartObject("errors");
                foreach (var (field, message) in errors)
                {
                    w.WriteStartArray(field);
                    w.WriteStringValue(message);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }, status, "application/problem+json; charset=utf-8");
}
