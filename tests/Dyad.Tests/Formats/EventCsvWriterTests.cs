using Dyad.Formats;
using static Dyad.Tests.Formats.ExportSamples;

namespace Dyad.Tests.Formats;

public sealed class EventCsvWriterTests
{
    /// <summary>A small RFC 4180 reader, so the test checks the file rather than trusting the writer's own quoting.</summary>
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        return rows;
    }

    [Fact]
    public async Task Write_Events_HeaderAndQuotedFieldsReadBack()
    {
        var rows = Parse(await TextAsync(s => EventCsvWriter.WriteAsync(s, Rows(Full, Bare))));

        Assert.Equal(3, rows.Count);
        Assert.Equal(EventColumns.All.Select(c => c.Name), rows[0]);
        Assert.All(rows, r => Assert.Equal(EventColumns.All.Count, r.Count));
        var col = rows[0].Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        Assert.Equal("041", rows[1][col["code"]]);
        Assert.Equal("2024-08-05", rows[1][col["date"]]);
        Assert.Equal(Full.Mentions[0].Text, rows[1][col["sentence"]]);
        Assert.Equal("33.34", rows[1][col["place_lat"]]);
        Assert.Equal("", rows[2][col["source_code"]]);
        Assert.Equal("hypothetical", rows[2][col["mode"]]);
    }

    [Theory]
    [InlineData("plain", "plain"), InlineData("a,b", "\"a,b\""), InlineData("say \"hi\"", "\"say \"\"hi\"\"\""), InlineData("x\ny", "\"x\ny\"")]
    public void Quote_FieldsNeedingIt_AreQuotedWithDoubledQuotes(string field, string expected) =>
        Assert.Equal(expected, EventCsvWriter.Quote(field));
}
