using System.Text.RegularExpressions;

namespace Dyad.Reading;

/// <summary>Tells the lines of scraped text apart: body paragraphs, headings, captions with credits, bylines, stray tokens.</summary>
internal static partial class LineKind
{
    private static readonly HashSet<string> BoilerplatePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "ad", "sponsored", "share", "share this", "share this article", "share on facebook", "share on twitter",
        "tweet", "email", "print", "read more", "read more:", "continue reading", "related", "related articles",
        "related stories", "more stories", "subscribe", "sign up", "click here", "comments", "follow us", "skip to content",
        "skip advertisement", "back to top", "loading", "loading...", "listen", "listen to this article", "most read",
    };

    /// <summary>The line with runs of whitespace collapsed: what "the same line" means.</summary>
    public static string Key(string line)
    {
        var trimmed = line.Trim();
        var span = trimmed.AsSpan();
        // Most lines have single spaces only: skip the regex (and its allocation) for them.
        return span.IndexOfAny('\t', '\u00A0') < 0 && !span.Contains("  ", StringComparison.Ordinal) && !span.ContainsAny('\v', '\f')
            ? trimmed : Whitespace().Replace(trimmed, " ");
    }

    public static int Words(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    /// <summary>A sentence-like paragraph: several words ending in sentence punctuation, or simply long.</summary>
    public static bool IsBody(string line)
    {
        var words = Words(line);
        return words >= 25 || (words >= 6 && EndsSentence(line));
    }

    /// <summary>A headline: a few words, no sentence-final full stop, starting with a capital, digit or quote.</summary>
    public static bool IsHeading(string line)
    {
        var words = Words(line);
        if (words is < 2 or > 25 || line.Length > 200) return false;
        var last = line[^1];
        if (last is '.' or ',' or ';' or ':' || IsCaptionWithCredit(line)) return false;
        var first = line[0];
        return char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\u201C' or '\u2018' or '\'';
    }

    /// <summary>Stray tokens a scraper leaves: "TT", "|", "•", a lone number.</summary>
    public static bool IsStray(string line)
    {
        if (!line.Any(char.IsLetterOrDigit)) return true;
        return line.Length <= 3 && !line.Contains(' ');
    }

    /// <summary>A photo caption or credit: ends in a short parenthesised credit ("(Government media)", "(AFP)") or starts "Photo:".</summary>
    public static bool IsCaptionWithCredit(string line)
    {
        var m = TrailingCredit().Match(line);
        if (m.Success && Words(m.Groups[1].Value) <= 6) return true;
        return Words(line) <= 20 && CreditPrefix().IsMatch(line);
    }

    public static bool IsBoilerplatePhrase(string line) =>
        Words(line) <= 5 && BoilerplatePhrases.Contains(line.TrimEnd('.', '!', '|', '>', '»', ' ', '\u2026'));

    /// <summary>"By Jane Doe" or "By Jane Doe and John Roe, Reuters" at the head of an article.</summary>
    public static bool IsByline(string line) => Words(line) <= 10 && Byline().IsMatch(line) && !EndsSentence(line);

    /// <summary>A line that is only a date ("August 5, 2024", "Tue 06 Aug 2024 10:00 GMT").</summary>
    public static DateOnly? AsDateLine(string line) =>
        Words(line) <= 8 && Year().IsMatch(line) && DateLetters().IsMatch(line) ? PublishedDate.Parse(line) : null;

    /// <summary>A hard-wrapped line continues when it lacks final punctuation and the next starts in lower case.</summary>
    public static bool Continues(string previous, string next) =>
        !EndsSentence(previous) && previous[^1] is not (':' or ')') && next.Length > 0 && char.IsLower(next[0]);

    private static bool EndsSentence(string line)
    {
        var s = line.AsSpan().TrimEnd();
        s = s.TrimEnd("\"'\u201D\u2019\u00BB)]");
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '\u2026';
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\(([^()]{2,60})\)\s*$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(Photo|Photograph|Picture|Image|Credit|Photo credit|Image credit|Caption|File photo)s?\s*[:|/-]", RegexOptions.IgnoreCase)]
    private static partial Regex CreditPrefix();

    [GeneratedRegex(@"^By\s+\p{Lu}")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[\p{L}\d\s,.:/+-]+$")]
    private static partial Regex DateLetters();
}
