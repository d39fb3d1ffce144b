using System.Text;

namespace Dyad.Formats;

/// <summary>A plain-text codebook for each export format: every column, its type, and what Dyad puts in it.</summary>
public static class ExportCodebook
{
    private static readonly string[] ActorParts =
    [
        "Code|STRING|full CAMEO actor code (IRQGOV); empty when unresolved",
        "Name|STRING|actor name, upper case",
        "CountryCode|STRING|3-letter CAMEO country code",
        "KnownGroupCode|STRING|IGO/NGO/MNC group (UNO, AMN) when the code is one",
        "EthnicCode|STRING|empty (not coded)",
        "Religion1Code|STRING|empty (not coded)",
        "Religion2Code|STRING|empty (not coded)",
        "Type1Code|STRING|first agent code (GOV, MIL, REB…)",
        "Type2Code|STRING|second agent code",
        "Type3Code|STRING|third agent code",
    ];

    private static readonly string[] GeoParts =
    [
        "Type|INTEGER|0 unknown, 1 country, 2 US state, 3 US city, 4 world city, 5 world state (admin1)",
        "FullName|STRING|place name",
        "CountryCode|STRING|FIPS 10-4 country code (not ISO)",
        "ADM1Code|STRING|FIPS country code + admin1 code",
        "ADM2Code|STRING|empty",
        "Lat|FLOAT|latitude",
        "Long|FLOAT|longitude",
        "FeatureID|STRING|GeoNames id for cities and landmarks; the FIPS code for countries",
    ];

    /// <summary>The GDELT 2.0 Events columns in order, as "name|type|meaning".</summary>
    public static IReadOnlyList<string> GdeltEvents { get; } =
    [
        "GLOBALEVENTID|INTEGER|Dyad's numeric event id; joins the mentions export",
        "SQLDATE|INTEGER|event date YYYYMMDD (the text's date when it gives one, else publication)",
        "MonthYear|INTEGER|YYYYMM", "Year|INTEGER|YYYY", "FractionDate|FLOAT|YYYY + (MONTH*30+DAY)/365",
        .. ActorParts.Select(p => "Actor1" + p), .. ActorParts.Select(p => "Actor2" + p),
        "IsRootEvent|INTEGER|1 when first reported in an article's first sentence",
        "EventCode|STRING|CAMEO code with leading zeros", "EventBaseCode|STRING|first three digits", "EventRootCode|STRING|two-digit root",
        "QuadClass|INTEGER|1-4 (GDELT grouping)", "GoldsteinScale|FLOAT|Goldstein value of the code",
        "NumMentions|INTEGER|sentences reporting it, over everything stored", "NumSources|INTEGER|distinct sources",
        "NumArticles|INTEGER|distinct articles", "AvgTone|FLOAT|empty: Dyad does not measure tone",
        .. GeoParts.Select(p => "Actor1Geo_" + p), .. GeoParts.Select(p => "Actor2Geo_" + p), .. GeoParts.Select(p => "ActionGeo_" + p),
        "DATEADDED|INTEGER|when stored, YYYYMMDDHHMMSS UTC", "SOURCEURL|STRING|URL (or article id) of the first report",
    ];

    /// <summary>The GDELT 2.0 Mentions columns in order, as "name|type|meaning".</summary>
    public static IReadOnlyList<string> GdeltMentions { get; } =
    [
        "GLOBALEVENTID|INTEGER|event id (joins the events export)", "EventTimeDate|INTEGER|when the event was stored",
        "MentionTimeDate|INTEGER|when this mention was stored", "MentionType|INTEGER|1 (web)",
        "MentionSourceName|STRING|source name or the URL's host", "MentionIdentifier|STRING|article URL, or its id",
        "SentenceID|INTEGER|1-based sentence number", "Actor1CharOffset|INTEGER|source actor offset, -1 when not in this sentence",
        "Actor2CharOffset|INTEGER|target actor offset, -1 when not in this sentence", "ActionCharOffset|INTEGER|sentence start offset",
        "InRawText|INTEGER|1", "Confidence|INTEGER|coder confidence, percent", "MentionDocLen|INTEGER|empty",
        "MentionDocTone|FLOAT|empty", "MentionDocTranslationInfo|STRING|empty", "Extras|STRING|empty",
    ];

    /// <summary>The codebook of a format ("gdelt", "mentions", "csv", "parquet", "jsonl") as Markdown.</summary>
    public static string For(string format)
    {
        var sb = new StringBuilder();
        IEnumerable<string> rows = format switch
        {
            "gdelt" => GdeltEvents,
            "mentions" => GdeltMentions,
            "csv" or "parquet" or "jsonl" => EventColumns.All.Select(c => $"{c.Name}|{TypeName(c.Type, format)}|{c.Meaning}"),
            _ => throw new ArgumentException($"no codebook for format '{format}'", nameof(format)),
        };
        sb.Append("# Dyad export codebook: ").Append(format).Append("\n\n").Append(Preamble(format)).Append("\n\n");
        sb.Append("| # | column | type | meaning |\n|---|---|---|---|\n");
        int i = 0;
        foreach (var row in rows)
        {
            var p = row.Split('|');
            sb.Append("| ").Append(i++).Append(" | ").Append(p[0]).Append(" | ").Append(p[1]).Append(" | ").Append(p[2]).Append(" |\n");
        }
        return sb.ToString();
    }

    private static string TypeName(ExportType t, string format) => (t, format) switch
    {
        (ExportType.Date, "parquet") => "DATE",
        (ExportType.Date, _) => "date (YYYY-MM-DD)",
        (ExportType.Integer, "parquet") => "INT64",
        (ExportType.Double, "parquet") => "DOUBLE",
        (ExportType.String, "parquet") => "STRING (UTF-8)",
        _ => t.ToString().ToLowerInvariant(),
    };

    private static string Preamble(string format) => format switch
    {
        "gdelt" => "GDELT 2.0 Events layout: tab-separated, no header row, 61 columns (0-based below). Geo country codes are FIPS 10-4.",
        "mentions" => "GDELT 2.0 Mentions layout: tab-separated, no header row, 16 columns; one row per sentence that reports an event.",
        "csv" => "CSV (RFC 4180): UTF-8, header row, comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. Empty field = unknown.",
        "parquet" => "Parquet with typed columns: dates are DATE, counts INT64, codes strings (leading zeros kept). Null = unknown.",
        _ => "JSON Lines: one event object per line, fields as in CONTRACT.md (source/target/place nested); the flat names below are the CSV/Parquet equivalents.",
    };
}
