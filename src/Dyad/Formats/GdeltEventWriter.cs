using System.Globalization;
using System.Text;
using Dyad.Documents;

namespace Dyad.Formats;

/// <summary>Writes events as GDELT 2.0 Events rows: 61 tab-separated columns, no header, FIPS 10-4 geo codes.</summary>
/// <remarks>
/// Dyad measures no tone, so AvgTone is empty; actor geography is not resolved separately, so the Actor1Geo and
/// Actor2Geo blocks are type 0 with empty fields (as GDELT writes them when unknown); ActionGeo comes from the event's place.
/// </remarks>
public sealed class GdeltEventWriter(Func<string, string?>? isoToFips = null)
{
    public const int ColumnCount = 61;
    private readonly Func<string, string?> _fips = isoToFips ?? FipsCountries.FromIso2;

    public async Task WriteAsync(Stream output, IAsyncEnumerable<ExportRecord> rows, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var line = new StringBuilder(1024);
        await foreach (var r in rows.WithCancellation(ct))
        {
            line.Clear();
            AppendRow(line, r);
            await w.WriteLineAsync(line, ct);
        }
        await w.FlushAsync(ct);
    }

    /// <summary>Appends one row's 61 fields, tab-separated, without the line end.</summary>
    public void AppendRow(StringBuilder sb, ExportRecord r)
    {
        var e = r.Event;
        var fields = new string?[ColumnCount];
        fields[0] = I(r.Id);
        fields[1] = e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        fields[2] = e.Date.ToString("yyyyMM", CultureInfo.InvariantCulture);
        fields[3] = I(e.Date.Year);
        // GDELT's own approximation: YYYY + (MONTH * 30 + DAY) / 365.
        fields[4] = (e.Date.Year + (e.Date.Month * 30 + e.Date.Day) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        Actor(fields, 5, e.Source);
        Actor(fields, 15, e.Target);
        fields[25] = e.Mentions.Count > 0 && e.Mentions[0].Sentence == 0 ? "1" : "0";
        fields[26] = e.Code;
        fields[27] = e.Code.Length > 3 ? e.Code[..3] : e.Code;
        fields[28] = e.Root;
        fields[29] = e.QuadClass is >= 1 and <= 4 ? I(e.QuadClass) : "";
        fields[30] = e.Goldstein.ToString("0.0##", CultureInfo.InvariantCulture);
        fields[31] = I(e.NumMentions);
        fields[32] = I(e.NumSources);
        fields[33] = I(e.NumArticles);
        fields[34] = "";
        fields[35] = "0";
        fields[43] = "0";
        Geo(fields, 51, e.Place);
        fields[59] = r.Added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        fields[60] = e.Mentions.Count > 0 ? e.Mentions[0].Url ?? e.Mentions[0].ArticleId : null;
        for (int i = 0; i < ColumnCount; i++)
        {
            if (i > 0) sb.Append('\t');
            AppendClean(sb, fields[i]);
        }
    }

    private static void Actor(string?[] f, int at, EventActor? a)
    {
        if (a?.Code is not { Length: > 0 } code) { f[at + 1] = a?.Name; return; }
        f[at] = code;
        f[at + 1] = (a.Name ?? a.Text).ToUpperInvariant();
        // International and non-state actors carry their group in the second unit (IGOUNO, NGOAMN): GDELT's KnownGroupCode.
        bool group = code.Length >= 6 && code[..3] is "IGO" or "NGO" or "MNC";
        f[at + 2] = group ? null : a.Country;
        f[at + 3] = group ? code[3..6] : null;
        var agent = a.Agent ?? "";
        f[at + 7] = agent.Length >= 3 ? agent[..3] : null;
        f[at + 8] = agent.Length >= 6 ? agent[3..6] : null;
        f[at + 9] = agent.Length >= 9 ? agent[6..9] : null;
    }

    private void Geo(string?[] f, int at, Place? p)
    {
        if (p is null) { f[at] = "0"; return; }
        var fips = p.Country is { } iso ? _fips(iso) : null;
        bool us = fips == "US";
        f[at] = p.Precision switch
        {
            PlacePrecision.Country or PlacePrecision.Region => "1",
            PlacePrecision.Admin1 => us ? "2" : "5",
            _ => us ? "3" : "4",
        };
        f[at + 1] = p.Name;
        f[at + 2] = fips;
        f[at + 3] = fips is null ? null : p.Admin1 is { Length: > 0 } a1 && p.Precision != PlacePrecision.Country ? fips + a1 : fips;
        f[at + 5] = p.Lat.ToString("0.####", CultureInfo.InvariantCulture);
        f[at + 6] = p.Lon.ToString("0.####", CultureInfo.InvariantCulture);
        f[at + 7] = p.Precision is PlacePrecision.Country or PlacePrecision.Region ? fips : p.GeonamesId?.ToString(CultureInfo.InvariantCulture) ?? f[at + 3];
    }

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    // A tab or line break inside a value would shift every later column.
    internal static void AppendClean(StringBuilder sb, string? value)
    {
        if (value is null) return;
        foreach (var ch in value) sb.Append(ch is '\t' or '\r' or '\n' ? ' ' : ch);
    }
}
