using Dyad.Formats;
using static Dyad.Tests.Formats.ExportSamples;

namespace Dyad.Tests.Formats;

public sealed class GdeltMentionWriterTests
{
    [Fact]
    public async Task Write_EventWithTwoMentions_WritesTwoRowsOf16Columns()
    {
        var text = await TextAsync(s => GdeltMentionWriter.WriteAsync(s, Rows(Full, Bare)));
        var rows = text[..^1].Split('\n').Select(l => l.Split('\t')).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal(16, r.Length));
        Assert.Equal(["100", "20240806121500", "20240806121500", "1", "example.org", "https://example.org/a1", "1", "0", "50", "0", "1", "82"], rows[0][..12]);
        Assert.Equal(["other.example", "https://other.example/a2", "4", "-1", "-1", "400"], rows[1][4..10]);
        Assert.Equal("20240807090000", rows[1][2]);
    }
}
