using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dyad.Web;

/// <summary>Lists the query parameters of the routes that read them by hand (for strict validation) in the OpenAPI document.</summary>
internal static class OpenApiQueryParameters
{
    private static readonly (string Name, string Format, string Description)[] EventFilters =
    [
        ("from", "date", "first day, inclusive (YYYY-MM-DD)"), ("to", "date", "last day, inclusive (YYYY-MM-DD)"),
        ("actor", "", "CAMEO actor code prefix or exact name, either side"), ("source", "", "CAMEO actor code prefix or exact name"),
        ("target", "", "CAMEO actor code prefix or exact name"), ("root", "", "two-digit CAMEO root"),
        ("quad_class", "int32", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
        ("country", "", "3 letters: either actor's CAMEO country; 2 letters: the place's ISO country"),
        ("mode", "", "asserted (default), negated, hypothetical, future or any"),
    ];

    private static readonly Dictionary<string, (string Name, string Format, string Description)[]> ByEndpoint = new()
    {
        ["ListEvents"] = [.. EventFilters, ("code", "", "CAMEO event code prefix"), ("q", "", "all of these words"),
            ("limit", "int32", "page size 1-1000 (default 100), not a cap"), ("cursor", "", "`next` of the previous page")],
        ["Series"] = [.. EventFilters, ("code", "", "CAMEO event code prefix"), ("q", "", "all of these words"), ("by", "", "day (default), week or month"), ("normalize", "", "none (default) or total")],
        ["ListActors"] = [("q", "", "part of a name or alias"), ("code", "", "CAMEO actor code prefix"), ("limit", "int32", "1-1000, default 100")],
        ["Export"] = [("format", "", "gdelt, mentions, csv, jsonl or parquet (required)"), ("from", "date", "first day, inclusive"),
            ("to", "date", "last day, inclusive"), ("mode", "", "asserted (default) or any, negated, hypothetical, future")],
        ["ExportCodebook"] = [("format", "", "gdelt, mentions, csv, jsonl or parquet")],
        ["PostArticle"] = [("title", "", "text/plain and text/html only"), ("published", "date", "text/plain and text/html only"),
            ("url", "", "text/plain and text/html only"), ("source", "", "text/plain and text/html only"), ("id", "", "text/plain and text/html only")],
    };

    public static Task Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !ByEndpoint.TryGetValue(name, out var parameters)) return Task.CompletedTask;
        operation.Parameters ??= [];
        foreach (var (p, format, description) in parameters)
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = p, In = ParameterLocation.Query, Description = description, Required = p == "format" && name == "Export",
                Schema = new OpenApiSchema
                {
                    Type = format == "int32" ? JsonSchemaType.Integer : JsonSchemaType.String,
                    Format = format.Length == 0 ? null : format,
                },
            });
        return Task.CompletedTask;
    }
}
