using System.Globalization;
using System.Text.Json;
using Dyad.Documents;

namespace Dyad.Formats;

/// <summary>Reading the CONTRACT event shape back into a <see cref="CodedEvent"/> (round trips what <see cref="Write"/> writes).</summary>
public static partial class EventJson
{
    public static CodedEvent Read(JsonElement o)
    {
        var mentions = new List<EventMention>();
        if (o.TryGetProperty("mentions", out var ms) && ms.ValueKind == JsonValueKind.Array)
            foreach (var m in ms.EnumerateArray())
                mentions.Add(new EventMention(S(m, "article_id") ?? "", S(m, "title"), I(m, "sentence"), S(m, "text") ?? "", I(m, "start"), I(m, "end"))
                {
                    Source = S(m, "source"),
                    Url = S(m, "url"),
                    Published = S(m, "published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                });
        var reasons = new List<string>();
        if (o.TryGetProperty("merge_reasons", out var rs) && rs.ValueKind == JsonValueKind.Array)
            foreach (var r in rs.EnumerateArray()) reasons.Add(r.GetString() ?? "");
        TryParseMode(S(o, "mode"), out var mode);
        return new CodedEvent
        {
            Id = S(o, "id") ?? "",
            Date = DateOnly.ParseExact(S(o, "date") ?? throw new FormatException("event without date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision = ParseDatePrecision(S(o, "date_precision")),
            Code = S(o, "code") ?? throw new FormatException("event without code"),
            Root = S(o, "root") ?? "",
            QuadClass = I(o, "quad_class"),
            Goldstein = D(o, "goldstein") ?? 0,
            Plover = S(o, "plover"),
            Source = ReadActor(o, "source"),
            Target = ReadActor(o, "target"),
            Place = ReadPlace(o, "place"),
            Mode = mode,
            Speaker = S(o, "speaker"),
            Mentions = mentions,
            NumSources = o.TryGetProperty("num_sources", out _) ? I(o, "num_sources") : 1,
            NumArticles = o.TryGetProperty("num_articles", out _) ? I(o, "num_articles") : 1,
            MergeReasons = reasons,
            Rule = S(o, "rule") ?? "",
            Confidence = D(o, "confidence") ?? 0,
            CodeTable = S(o, "code_table") ?? "",
        };
    }

    private static EventActor? ReadActor(JsonElement o, string name) =>
        o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Object
            ? new EventActor(S(a, "text") ?? "", -1, -1, S(a, "name"), S(a, "code"), S(a, "country"), S(a, "agent"))
            : null;

    private static Place? ReadPlace(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.Object) return null;
        long? gid = p.TryGetProperty("geonames_id", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : null;
        return new Place(S(p, "text") ?? "", -1, -1, S(p, "name") ?? "", S(p, "country"), S(p, "admin1"),
            D(p, "lat") ?? 0, D(p, "lon") ?? 0, gid, ParsePlacePrecision(S(p, "precision")));
    }

    public static DatePrecision ParseDatePrecision(string? s) => s switch
    {
        "day" => DatePrecision.Day,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        _ => DatePrecision.Publication,
    };

    public static PlacePrecision ParsePlacePrecision(string? s) => s switch
    {
        "landmark" => PlacePrecision.Landmark,
        "city" => PlacePrecision.City,
        "admin1" => PlacePrecision.Admin1,
        "region" => PlacePrecision.Region,
        _ => PlacePrecision.Country,
    };

    private static string? S(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int I(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static double? D(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
