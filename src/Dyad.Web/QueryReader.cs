using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Web;

/// <summary>Reads and checks query parameters, collecting one message per bad field; unknown or repeated parameters are errors too.</summary>
internal sealed partial class QueryReader
{
    private readonly IQueryCollection _query;

    public QueryReader(IQueryCollection query, params string[] allowed)
    {
        _query = query;
        foreach (var (key, values) in query)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal)) Errors[key] = $"unknown parameter; expected one of {string.Join(", ", allowed)}";
            else if (values.Count > 1) Errors[key] = "given more than once";
        }
    }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public void Fail(string name, string message) => Errors.TryAdd(name, message);

    /// <summary>A trimmed value, or null when absent or blank.</summary>
    public string? Text(string name, int maxLength = 200)
    {
        var raw = _query[name].ToString().Trim();
        if (raw.Length == 0) return null;
        if (raw.Length > maxLength) { Fail(name, $"at most {maxLength} characters"); return null; }
        if (raw.Any(char.IsControl)) { Fail(name, "contains control characters"); return null; }
        return raw;
    }

    public DateOnly? Date(string name)
    {
        var raw = Text(name, 10);
        if (raw is null) return null;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fail(name, "expected a date as YYYY-MM-DD");
        return null;
    }

    public int? Int(string name, int min, int max)
    {
        var raw = Text(name, 12);
        if (raw is null) return null;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Fail(name, $"expected an integer from {min} to {max}");
        return null;
    }

    public string? Matching(string name, Regex pattern, string expected)
    {
        var raw = Text(name);
        if (raw is null || pattern.IsMatch(raw)) return raw;
        Fail(name, "expected " + expected);
        return null;
    }

    /// <summary>The mode filter: asserted when absent (CONTRACT: counts default to asserted), null for <c>any</c>.</summary>
    public EventMode? Mode(string name = "mode")
    {
        var raw = Text(name, 20);
        if (raw is null) return EventMode.Asserted;
        if (raw.Equals("any", StringComparison.OrdinalIgnoreCase)) return null;
        if (EventJson.TryParseMode(raw, out var mode)) return mode;
        Fail(name, "expected asserted, negated, hypothetical, future or any");
        return EventMode.Asserted;
    }

    public T Choice<T>(string name, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        var raw = Text(name, 20);
        if (raw is null) return fallback;
        if (choices.TryGetValue(raw.ToLowerInvariant(), out var value)) return value;
        Fail(name, "expected " + string.Join(", ", choices.Keys));
        return fallback;
    }

    public void CheckOrder(string fromName, DateOnly? from, string toName, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t) Fail(toName, $"must not be before {fromName}");
    }

    [GeneratedRegex(@"^\d{2,4}$")] public static partial Regex CameoCode();
    [GeneratedRegex(@"^\d{2}$")] public static partial Regex CameoRoot();
    [GeneratedRegex(@"^[A-Za-z]{2,3}$")] public static partial Regex CountryCode();
    [GeneratedRegex(@"^[A-Za-z]{2,15}$")] public static partial Regex ActorCode();
    [GeneratedRegex(@"^[A-Za-z0-9_\-=+/.:]{1,400}$")] public static partial Regex Cursor();
}
