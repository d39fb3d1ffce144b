using Dyad.TestSupport;
using Dyad.Formats;

namespace Dyad.Tests.Formats;

public sealed class ExportCodebookTests
{
    [Fact]
    public void GdeltLists_MatchTheGdeltColumnCounts()
    {
        Assert.Equal(GdeltEventWriter.ColumnCount, ExportCodebook.GdeltEvents.Count);
        Assert.Equal(GdeltMentionWriter.ColumnCount, ExportCodebook.GdeltMentions.Count);
        Assert.StartsWith("ActionGeo_CountryCode|", ExportCodebook.GdeltEvents[53]);
    }

    [SharedDataFact("gdelt/gdelt2_events_schema.tsv")]
    public void GdeltEvents_NamesMatchTheShippedSchema()
    {
        var names = File.ReadLines(Path.Combine(Dyad.Processing.ProjectPaths.SharedData!, "gdelt", "gdelt2_events_schema.tsv"))
            .Skip(1).Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(names, ExportCodebook.GdeltEvents.Select(r => r.Split('|')[0]));
        var mentions = File.ReadLines(Path.Combine(Dyad.Processing.ProjectPaths.SharedData!, "gdelt", "gdelt2_mentions_schema.tsv"))
            .Skip(1).Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(mentions, ExportCodebook.GdeltMentions.Select(r => r.Split('|')[0]));
    }

    [Theory]
    [InlineData("csv"), InlineData("parquet"), InlineData("jsonl")]
    public void For_FlatFormats_ListsEveryColumn(string format)
    {
        var text = ExportCodebook.For(format);
        Assert.All(EventColumns.All, c => Assert.Contains($"| {c.Name} |", text));
    }

    [Fact]
    public void For_UnknownFormat_Throws() => Assert.Throws<ArgumentException>(() => ExportCodebook.For("xml"));
}
