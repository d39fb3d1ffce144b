using Dyad.Documents;

namespace Dyad.Formats;

/// <summary>The flat event table shared by the CSV and Parquet exports and their codebook: one row per event.</summary>
public static class EventColumns
{
    private static EventMention? First(ExportRecord r) => r.Event.Mentions.Count > 0 ? r.Event.Mentions[0] : null;

    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        new("id", ExportType.String, "stable event id (the same as in the JSON Lines export and the API)", r => r.Event.Id),
        new("global_event_id", ExportType.Integer, "numeric event id, GDELT's GLOBALEVENTID; joins the GDELT mentions export", r => r.Id),
        new("date", ExportType.Date, "date the event took place (ISO 8601)", r => r.Event.Date),
        new("date_precision", ExportType.String, "day, month, year, or publication (no date in the text: publication date used)", r => EventJson.PrecisionName(r.Event.DatePrecision)),
        new("code", ExportType.String, "CAMEO event code, a string with leading zeros (\"041\")", r => r.Event.Code),
        new("root", ExportType.String, "CAMEO root code, two digits (\"04\")", r => r.Event.Root),
        new("quad_class", ExportType.Integer, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (GDELT grouping)", r => r.Event.QuadClass is >= 1 and <= 4 ? r.Event.QuadClass : null),
        new("goldstein", ExportType.Double, "Goldstein scale value of the code, -10..+10, from the table named in code_table", r => r.Event.Goldstein),
        new("plover", ExportType.String, "PLOVER event type of the code", r => r.Event.Plover),
        new("source_text", ExportType.String, "text that named the source actor", r => r.Event.Source?.Text),
        new("source_name", ExportType.String, "source actor's resolved name", r => r.Event.Source?.Name),
        new("source_code", ExportType.String, "source actor's full CAMEO code (IRQGOV)", r => r.Event.Source?.Code),
        new("source_country", ExportType.String, "source actor's 3-letter CAMEO country code", r => r.Event.Source?.Country),
        new("source_agent", ExportType.String, "source actor's CAMEO agent code (GOV, MIL, REB…)", r => r.Event.Source?.Agent),
        new("target_text", ExportType.String, "text that named the target actor", r => r.Event.Target?.Text),
        new("target_name", ExportType.String, "target actor's resolved name", r => r.Event.Target?.Name),
        new("target_code", ExportType.String, "target actor's full CAMEO code", r => r.Event.Target?.Code),
        new("target_country", ExportType.String, "target actor's 3-letter CAMEO country code", r => r.Event.Target?.Country),
        new("target_agent", ExportType.String, "target actor's CAMEO agent code", r => r.Event.Target?.Agent),
        new("place_name", ExportType.String, "where the event happened: GeoNames name", r => r.Event.Place?.Name),
        new("place_country", ExportType.String, "place's country, ISO 3166 alpha-2 (not FIPS: see the GDELT export for FIPS)", r => r.Event.Place?.Country),
        new("place_admin1", ExportType.String, "place's first-level division code (GeoNames admin1)", r => r.Event.Place?.Admin1),
        new("place_lat", ExportType.Double, "place latitude, WGS84 degrees", r => r.Event.Place?.Lat),
        new("place_lon", ExportType.Double, "place longitude, WGS84 degrees", r => r.Event.Place?.Lon),
        new("place_geonames_id", ExportType.Integer, "GeoNames id of the place", r => r.Event.Place?.GeonamesId),
        new("place_precision", ExportType.String, "landmark, city, admin1, country or region; filter out country for maps", r => r.Event.Place is { } p ? EventJson.PrecisionName(p.Precision) : null),
        new("mode", ExportType.String, "asserted, negated, hypothetical or future", r => EventJson.ModeName(r.Event.Mode)),
        new("speaker", ExportType.String, "who reported the event, when coded from reported speech", r => r.Event.Speaker),
        new("num_mentions", ExportType.Integer, "sentences reporting the event, across all articles", r => r.Event.NumMentions),
        new("num_sources", ExportType.Integer, "distinct sources (sites) reporting the event", r => r.Event.NumSources),
        new("num_articles", ExportType.Integer, "distinct articles reporting the event", r => r.Event.NumArticles),
        new("rule", ExportType.String, "the dictionary entry or pattern that coded the event", r => r.Event.Rule),
        new("confidence", ExportType.Double, "coder confidence, 0..1", r => r.Event.Confidence),
        new("code_table", ExportType.String, "versioned code table the QuadClass, Goldstein and PLOVER values came from", r => r.Event.CodeTable),
        new("article_id", ExportType.String, "first article that reported the event", r => First(r)?.ArticleId),
        new("article_url", ExportType.String, "URL of that article", r => First(r)?.Url),
        new("sentence", ExportType.String, "the first sentence that reported the event", r => First(r)?.Text),
    ];
}
