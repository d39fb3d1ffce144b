using System.Globalization;
using System.Text;

namespace Dyad.Storage.Sql;

/// <summary>A keyset position (date, seq) in the event order, written as an opaque URL-safe token.</summary>
internal readonly record struct EventCursor(DateOnly Date, long Seq)
{
    public override string ToString() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}|{Seq}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Reads a token made by <see cref="ToString"/>, or throws an <see cref="ArgumentException"/> naming "cursor".</summary>
    public static EventCursor Parse(string token)
    {
        try
        {
            var b64 = token.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(b64)).Split('|');
            if (parts.Length == 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var s))
                return new EventCursor(d, s);
        }
        catch (FormatException)
        {
            // Falls through to the one error below.
        }
        throw new ArgumentException("cursor is not one this server issued", "cursor");
    }
}
