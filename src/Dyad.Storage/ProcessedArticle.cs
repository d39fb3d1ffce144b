using System.Security.Cryptography;
using System.Text;
using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>One article after the pipeline: the article, its annotated Doc (entities, places) and its coded events.</summary>
/// <remarks><see cref="Doc"/> may be null when only events are known; then no entities or actors are stored.</remarks>
public sealed record ProcessedArticle(Article Article, Doc? Doc, IReadOnlyList<CodedEvent> Events)
{
    /// <summary>SHA-256 over source, URL, title and text: the same article ingested twice is stored once.</summary>
    public string ContentHash { get; } = HashOf(Article);

    public static string HashOf(Article a)
    {
        var text = string.Join('\u001f', a.Source ?? "", a.Url ?? "", a.Title ?? "", a.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
