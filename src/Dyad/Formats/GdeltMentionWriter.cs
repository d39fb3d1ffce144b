using System.Globalization;
using System.Text;

namespace Dyad.Formats;

/// <summary>Writes GDELT 2.0 Mentions rows: 16 tab-separated columns, no header, one row per sentence reporting an event.</summary>
/// <remarks>Dyad measures no tone and keeps no document length per mention, so MentionDocLen and MentionDocTone are empty.</remarks>
public static class GdeltMentionWriter
{
    public const int ColumnCount = 16;

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ExportRecord> rows, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var line = new StringBuilder(512);
        await foreach (var r in rows.WithCancellation(ct))
            for (int i = 0; i < r.Event.Mentions.Count; i++)
            {
                line.Clear();
                AppendRow(line, r, i);
                await w.WriteLineAsync(line, ct);
            }
        await w.FlushAsync(ct);
    }

    public static void AppendRow(StringBuilder sb, ExportRecord r, int mention)
    {
        var e = r.Event;
        var m = e.Mentions[mention];
        string? host = Uri.TryCreate(m.Url, UriKind.Absolute, out var u) ? u.Host : null;
        string?[] f =
        [
            r.Id.ToString(CultureInfo.InvariantCulture),
            r.Added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            r.MentionAdded(mention).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            "1",
            m.Source ?? host,
            m.Url ?? m.ArticleId,
            (m.Sentence + 1).ToString(CultureInfo.InvariantCulture),
            Offset(e.Source?.Start, m),
            Offset(e.Target?.Start, m),
            m.Start.ToString(CultureInfo.InvariantCulture),
            "1",
            ((int)Math.Round(e.Confidence * 100)).ToString(CultureInfo.InvariantCulture),
            null,
            null,
            null,
            null,
        ];
        for (int i = 0; i < ColumnCount; i++)
        {
            if (i > 0) sb.Append('\t');
            GdeltEventWriter.AppendClean(sb, f[i]);
        }
    }

    // Actor offsets are known only for the mention the coder saw them in; GDELT writes -1 when an actor was not found.
    private static string Offset(int? start, Dyad.Documents.EventMention m) =>
        (start is { } s && s >= m.Start && s < m.End ? s : -1).ToString(CultureInfo.InvariantCulture);
}
