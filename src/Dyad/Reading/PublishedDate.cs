using System.Globalization;
using System.Text.RegularExpressions;

namespace Dyad.Reading;

/// <summary>Parses the publication dates feeds and pages carry (ISO 8601, RFC 822 and worse) into a UTC date.</summary>
internal static partial class PublishedDate
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00",
    };

    /// <summary>The UTC date of <paramref name="value"/>, or null when no date can be read from it (never throws).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200) return null;
        var s = value.Trim();
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, Styles, out var dto)) return DateOnly.FromDateTime(dto.UtcDateTime);

        // RFC 822: drop the weekday (often wrong), turn zone names into offsets, accept 2-digit years.
        var m = Rfc822().Match(s);
        if (m.Success)
        {
            var zone = m.Groups["zone"].Value;
            var offset = zone.Length == 0 ? "+00:00"
                : Zones.TryGetValue(zone, out var z) ? z
                : zone.Length == 5 && zone[0] is '+' or '-' ? zone[..3] + ":" + zone[3..] : "+00:00";
            var year = m.Groups["year"].Value;
            if (year.Length == 2) year = (int.Parse(year, CultureInfo.InvariantCulture) < 70 ? "20" : "19") + year;
            var time = m.Groups["time"].Success ? m.Groups["time"].Value : "00:00";
            var text = $"{m.Groups["day"].Value} {m.Groups["month"].Value} {year} {time} {offset}";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out dto)) return DateOnly.FromDateTime(dto.UtcDateTime);
        }
        var iso = IsoDate().Match(s);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return null;
    }

    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[a-z]*\.?\s+(?<year>\d{4}|\d{2})(?:\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?))?\s*(?<zone>[A-Za-z]{1,4}|[+-]\d{4})?")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
