using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Documents;

namespace Dyad.Time;

/// <summary>Finds temporal expressions in text and resolves them against a publication date.</summary>
/// <remarks>
/// Rules: today/tonight/this morning; yesterday; tomorrow; weekdays ("on Monday" is the most recent Monday not after
/// publication, "last Monday" the one before a same-day mention); last/this week, month, year; "in April" (the most recent
/// April not after publication); "three years ago"; explicit dates ("August 5", "Aug. 5", "5 August 2024",
/// "August 5, 2024", "2024-08-05"); "April 2023"; "in 2023". A month and day without a year take the year that puts
/// them no more than a week after publication. Stateless and thread-safe.
/// </remarks>
public static partial class DateResolver
{
    private const string Month = @"(?<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";
    private const string Day = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Weekday = @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private const string Count = @"(?<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)";

    [GeneratedRegex(
        @"\b(?:(?<iso>(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01]))" +
        @"|(?<dmy>" + Day + @"\s+" + Month + @"(?:,?\s+(?<year>(?:19|20)\d\d))?)" +
        @"|(?<mdy>" + Month + @"\s+" + Day + @"(?!\d)(?:,?\s+(?<year>(?:19|20)\d\d))?)" +
        @"|(?<my>(?<month2>january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d))?)" +
        @"|(?<ago>" + Count + @"\s+(?<unit>day|week|month|year)s?\s+ago)" +
        @"|(?<rel>(?<which>last|this|next|past)\s+(?<unit>week|month|year|weekend))" +
        @"|(?<wd>(?<which>last|this|next|on|)\s*" + Weekday + @")" +
        @"|(?<yesterday>(?:the\s+day\s+before\s+)?yesterday)" +
        @"|(?<today>today|tonight|this\s+(?:morning|afternoon|evening))" +
        @"|(?<tomorrow>tomorrow)" +
        @"|(?<inyear>(?:in|during|since)\s+(?<year>(?:19|20)\d\d)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Expression();

    /// <summary>Every expression in <paramref name="text"/>[start, end), in text order; offsets are into <paramref name="text"/>.</summary>
    public static List<TemporalExpression> Find(string text, int start, int end, DateOnly published)
    {
        var found = new List<TemporalExpression>();
        if (end <= start) return found;
        foreach (var m in Expression().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var match = Expression().Match(text, start + m.Index, m.Length);
            if (Resolve(match, text, published) is { } r)
            {
                var (date, precision, rule) = r;
                int s = start + m.Index;
                found.Add(new TemporalExpression(s, s + m.Length, text.Substring(s, m.Length).Trim(), date, precision, rule));
            }
        }
        return found;
    }

    /// <summary>The first resolvable expression in a piece of text, or null.</summary>
    public static TemporalExpression? First(string text, DateOnly published) =>
        Find(text, 0, text.Length, published) is [var first, ..] ? first : null;

    private static (DateOnly, DatePrecision, string)? Resolve(Match m, string text, DateOnly p)
    {
        if (m.Groups["iso"].Success)
            return TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d")) is { } iso ? (iso, DatePrecision.Day, "iso-date") : null;
        if (m.Groups["dmy"].Success || m.Groups["mdy"].Success)
        {
            int month = MonthNumber(m.Groups["month"].Value), day = Int(m, "day");
            if (m.Groups["year"].Success)
                return TryDate(Int(m, "year"), month, day) is { } full ? (full, DatePrecision.Day, "explicit-date") : null;
            // The latest of last year's, this year's and next year's date that is no more than a week after publication.
            DateOnly? date = null;
            for (int y = p.Year + 1; y >= p.Year - 1 && date is null; y--)
                if (TryDate(y, month, day) is { } d && d <= p.AddDays(7)) date = d;
            return date is { } md ? (md, DatePrecision.Day, "month-day") : null;
        }
        if (m.Groups["my"].Success)
        {
            int month = MonthNumber(m.Groups["month2"].Value);
            if (m.Groups["year"].Success) return (new DateOnly(Int(m, "year"), month, 1), DatePrecision.Month, "month-year");
            // "May" alone is far more often the verb; a bare month needs "in" before it.
            if (!PrecededByAny(text, m.Index, "in", "since", "during", "early", "late", "mid", "until", "by")) return null;
            int year = month <= p.Month ? p.Year : p.Year - 1;
            return (new DateOnly(year, month, 1), DatePrecision.Month, "month");
        }
        if (m.Groups["ago"].Success)
        {
            int n = CountValue(m.Groups["count"].Value);
            return m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "day" => (p.AddDays(-n), DatePrecision.Day, "ago"),
                "week" => (p.AddDays(-7 * n), DatePrecision.Day, "ago"),
                "month" => (FirstOfMonth(p.AddMonths(-n)), DatePrecision.Month, "ago"),
                _ => (new DateOnly(p.Year - n, 1, 1), DatePrecision.Year, "ago"),
            };
        }
        if (m.Groups["rel"].Success) return Relative(m.Groups["which"].Value.ToLowerInvariant(), m.Groups["unit"].Value.ToLowerInvariant(), p);
        if (m.Groups["wd"].Success) return (WeekdayDate(m, p), DatePrecision.Day, "weekday");
        if (m.Groups["yesterday"].Success)
            return (p.AddDays(m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) ? -2 : -1), DatePrecision.Day, "yesterday");
        if (m.Groups["today"].Success) return (p, DatePrecision.Day, "today");
        if (m.Groups["tomorrow"].Success) return (p.AddDays(1), DatePrecision.Day, "tomorrow");
        if (m.Groups["inyear"].Success) return (new DateOnly(Int(m, "year"), 1, 1), DatePrecision.Year, "year");
        return null;
    }

    private static (DateOnly, DatePrecision, string)? Relative(string which, string unit, DateOnly p)
    {
        int shift = which switch { "last" or "past" => -1, "next" => 1, _ => 0 };
        return unit switch
        {
            // A week has no precision of its own in the contract: it is dated to the day a week away, at day precision.
            "week" or "weekend" => (p.AddDays(7 * shift), DatePrecision.Day, $"{which}-week"),
            "month" => (FirstOfMonth(p.AddMonths(shift)), DatePrecision.Month, $"{which}-month"),
            _ => (new DateOnly(p.Year + shift, 1, 1), DatePrecision.Year, $"{which}-year"),
        };
    }

    /// <summary>"on Monday" in a Tuesday article is the day before; a same-day name is that day, "last" pushes it a week back.</summary>
    private static DateOnly WeekdayDate(Match m, DateOnly p)
    {
        var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
        var which = m.Groups["which"].Value.ToLowerInvariant();
        int back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (which == "next") return p.AddDays(back == 0 ? 7 : 7 - back);
        if (which == "last" && back == 0) back = 7;
        return p.AddDays(-back);
    }

    private static bool PrecededByAny(string text, int index, params ReadOnlySpan<string> words)
    {
        int i = index - 1;
        while (i >= 0 && text[i] is ' ' or '-') i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int MonthNumber(string month) => month.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int CountValue(string s) => s.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" or "several" or "a few" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var n => int.Parse(n, CultureInfo.InvariantCulture),
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
    private static DateOnly? TryDate(int y, int m, int d) =>
        m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}
