using System.Security.Cryptography;
using System.Text;

namespace Dyad.Web;

/// <summary>Checks the write key in constant time; no key configured means writes are open (the server binds to loopback by default).</summary>
internal static class ApiKey
{
    public const string Header = "X-Api-Key";

    public static bool Allows(HttpContext http, string? key)
    {
        if (string.IsNullOrEmpty(key)) return true;
        var given = http.Request.Headers[Header].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }
}
