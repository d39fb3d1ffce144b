using System.Security.Cryptography;
using System.Text;

namespace Dyad.Reading;

/// <summary>Stable article ids: the same input gives the same id on every run and machine.</summary>
internal static class ArticleId
{
    /// <summary>A 16-hex-digit SHA-256 prefix of the URL when there is one (a page re-read is the same article), else of the text.</summary>
    public static string From(string? url, string text)
    {
        var key = url is { Length: > 0 } ? "url:" + url : "text:" + text;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
