using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dyad.Reading;

/// <summary>Turns an HTML element tree into plain paragraphs: block elements break, inline text joins, captions go aside.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select", "iframe", "svg",
        "object", "embed", "video", "audio", "canvas", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr", "br", "address", "details", "summary", "body",
    };

    /// <summary>The paragraphs of an HTML fragment (a feed item's description, say).</summary>
    public static (List<string> Paragraphs, List<string> Captions) FromFragment(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return doc.Body is null ? ([], []) : Paragraphs(doc.Body);
    }

    /// <summary>The paragraphs under <paramref name="root"/>, and figure captions found on the way.</summary>
    public static (List<string> Paragraphs, List<string> Captions) Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var captions = new List<string>();
        var current = new StringBuilder();
        Walk(root);
        Flush(paragraphs);
        return (paragraphs, captions);

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) { current.Append(text.Data); continue; }
                if (child is not IElement element || Skipped.Contains(element.LocalName)) continue;
                if (element.LocalName == "figcaption")
                {
                    var caption = Collapse(element.TextContent);
                    if (caption.Length > 0) captions.Add(caption);
                    continue;
                }
                var block = Blocks.Contains(element.LocalName);
                if (block) Flush(paragraphs);
                Walk(element);
                if (block) Flush(paragraphs);
            }
        }

        void Flush(List<string> into)
        {
            var paragraph = Collapse(current.ToString());
            if (paragraph.Length > 0) into.Add(paragraph);
            current.Clear();
        }
    }

    /// <summary>Whitespace runs (including non-breaking spaces) as one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            sb.Append(c);
            space = false;
        }
        return sb.ToString();
    }
}
