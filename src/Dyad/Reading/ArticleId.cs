using System.Security.Cryptography;
using System.Text;

namespace Dyad.Reading;

/// <summary>Stable article ids: the same input gives the same id on every run and machine.</summary>
internal static class ArticleId
{
    /// <summary>A 16-hex-digit SHA-256 prefix of the URL and the text.</summary>
    /// <remarks>
    /// The URL alone is not enough: many sites give every page the home page as canonical URL, and one story
    /// syndicated to several sites has one text at several URLs; either would merge different articles.
    /// </remarks>
    public static string From(string? url, string text)
    {
        var key = url is { Length: > 0 } ? "url:" + url + "\ntext:" + text : "text:" + text;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
