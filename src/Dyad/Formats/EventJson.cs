using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Dyad.Documents;

namespace Dyad.Formats;

/// <summary>The CONTRACT event shape: snake_case fields, codes as strings, ISO dates, null (never "") for unknowns.</summary>
/// <remarks>Used by `dyad code --format jsonl`, the API and the JSON Lines export, so all three print the same object.</remarks>
public static partial class EventJson
{
    /// <summary>Writes one event as a JSON object.</summary>
    public static void Write(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        Str(w, "id", e.Id);
        w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_precision", PrecisionName(e.DatePrecision));
        Str(w, "code", e.Code);
        Str(w, "root", e.Root);
        if (e.QuadClass is >= 1 and <= 4) w.WriteNumber("quad_class", e.QuadClass); else w.WriteNull("quad_class");
        w.WriteNumber("goldstein", e.Goldstein);
        Str(w, "plover", e.Plover);
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        WritePlace(w, "place", e.Place);
        w.WriteString("mode", ModeName(e.Mode));
        Str(w, "speaker", e.Speaker);
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            Str(w, "article_id", m.ArticleId);
            Str(w, "title", m.Title);
            w.WriteNumber("sentence", m.Sentence);
            Str(w, "text", m.Text);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            Str(w, "source", m.Source);
            Str(w, "url", m.Url);
            if (m.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("published");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("num_mentions", e.NumMentions);
        w.WriteNumber("num_sources", e.NumSources);
        w.WriteNumber("num_articles", e.NumArticles);
        w.WriteStartArray("merge_reasons");
        foreach (var r in e.MergeReasons) w.WriteStringValue(r);
        w.WriteEndArray();
        Str(w, "rule", e.Rule);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
        Str(w, "code_table", e.CodeTable);
        w.WriteEndObject();
    }

    /// <summary>One event as a single-line JSON string.</summary>
    public static string ToJson(CodedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer)) Write(w, e);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes events as JSON Lines, one object per line, flushing as it goes.</summary>
    public static async Task WriteLinesAsync(Stream output, IAsyncEnumerable<CodedEvent> events, CancellationToken ct = default)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await using var w = new Utf8JsonWriter(buffer);
        await foreach (var e in events.WithCancellation(ct))
        {
            w.Reset(buffer);
            Write(w, e);
            w.Flush();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 60 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }
        }
        if (buffer.WrittenCount > 0) await output.WriteAsync(buffer.WrittenMemory, ct);
        await output.FlushAsync(ct);
    }

    public static void WriteActor(Utf8JsonWriter w, string name, EventActor? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        Str(w, "text", a.Text);
        Str(w, "name", a.Name);
        Str(w, "code", a.Code);
        Str(w, "country", a.Country);
        Str(w, "agent", a.Agent);
        w.WriteEndObject();
    }

    public static void WritePlace(Utf8JsonWriter w, string name, Place? p)
    {
        if (p is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        Str(w, "text", p.Text);
        WritePlaceFields(w, p);
        w.WriteEndObject();
    }

    /// <summary>A place's name, country, admin-1, point, GeoNames id and precision, inside an object the caller opened.</summary>
    public static void WritePlaceFields(Utf8JsonWriter w, Place p)
    {
        Str(w, "name", p.Name);
        Str(w, "country", p.Country);
        Str(w, "admin1", p.Admin1);
        w.WriteNumber("lat", Math.Round(p.Lat, 5));
        w.WriteNumber("lon", Math.Round(p.Lon, 5));
        if (p.GeonamesId is { } g) w.WriteNumber("geonames_id", g); else w.WriteNull("geonames_id");
        w.WriteString("precision", PrecisionName(p.Precision));
    }

    /// <summary>Writes a string, or null when it is null or empty (CONTRACT: never "").</summary>
    public static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name); else w.WriteString(name, value);
    }

    public static string ModeName(EventMode m) => m switch
    {
        EventMode.Asserted => "asserted",
        EventMode.Negated => "negated",
        EventMode.Hypothetical => "hypothetical",
        EventMode.Future => "future",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

    public static bool TryParseMode(string? s, out EventMode mode)
    {
        mode = EventMode.Asserted;
        switch (s?.Trim().ToLowerInvariant())
        {
            case "asserted": return true;
            case "negated": mode = EventMode.Negated; return true;
            case "hypothetical": mode = EventMode.Hypothetical; return true;
            case "future": mode = EventMode.Future; return true;
            default: return false;
        }
    }

    public static string PrecisionName(DatePrecision p) => p switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Publication => "publication",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    public static string PrecisionName(PlacePrecision p) => p switch
    {
        PlacePrecision.Landmark => "landmark",
        PlacePrecision.City => "city",
        PlacePrecision.Admin1 => "admin1",
        PlacePrecision.Country => "country",
        PlacePrecision.Region => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };
}
