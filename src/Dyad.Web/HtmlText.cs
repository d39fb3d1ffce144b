using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dyad.Documents;

namespace Dyad.Web;

/// <summary>A plain HTML-to-article reader used when no boilerplate-removing reader is plugged in: title, then block-level text as paragraphs.</summary>
internal static partial class HtmlText
{
    public static Article ToArticle(string html)
    {
        var title = TitleTag().Match(html) is { Success: true } m ? Clean(m.Groups[1].Value) : null;
        var body = Invisible().Replace(html, " ");
        body = BlockBreak().Replace(body, "\n\n");
        body = AnyTag().Replace(body, " ");
        var paragraphs = WebUtility.HtmlDecode(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(Clean).Where(p => p.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        return new Article("", string.IsNullOrEmpty(title) ? null : title, null, null, null, text, []);
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in WebUtility.HtmlDecode(s))
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            sb.Append(c);
            space = false;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex TitleTag();
    [GeneratedRegex(@"<(script|style|noscript|template|head|nav|footer|aside)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Invisible();
    [GeneratedRegex(@"</?(p|div|h[1-6]|li|ul|ol|br|tr|section|article|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex BlockBreak();
    [GeneratedRegex(@"<[^>]*>")] private static partial Regex AnyTag();
}
