using System.Text.Json;
using Dyad.Documents;
using Dyad.Formats;
using static Dyad.Tests.Formats.ExportSamples;

namespace Dyad.Tests.Formats;

public sealed class EventJsonTests
{
    [Fact]
    public void ToJson_FullEvent_HasContractFieldsInSnakeCaseWithStringCodes()
    {
        using var doc = JsonDocument.Parse(EventJson.ToJson(Full));
        var o = doc.RootElement;

        Assert.Equal("041", o.GetProperty("code").GetString());
        Assert.Equal("04", o.GetProperty("root").GetString());
        Assert.Equal("2024-08-05", o.GetProperty("date").GetString());
        Assert.Equal("day", o.GetProperty("date_precision").GetString());
        Assert.Equal(1, o.GetProperty("quad_class").GetInt32());
        Assert.Equal("USAGOV", o.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("IQ", o.GetProperty("place").GetProperty("country").GetString());
        Assert.Equal(98182, o.GetProperty("place").GetProperty("geonames_id").GetInt64());
        Assert.Equal("city", o.GetProperty("place").GetProperty("precision").GetString());
        Assert.Equal("asserted", o.GetProperty("mode").GetString());
        Assert.Equal(2, o.GetProperty("num_mentions").GetInt32());
        Assert.Equal("a1", o.GetProperty("mentions")[0].GetProperty("article_id").GetString());
        Assert.Equal(0.82, o.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void ToJson_UnknownValues_AreNullNeverEmptyStrings()
    {
        var json = EventJson.ToJson(Bare with { Plover = "", CodeTable = "" });
        using var doc = JsonDocument.Parse(json);
        var o = doc.RootElement;

        Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("place").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("plover").ValueKind);
        Assert.Equal("hypothetical", o.GetProperty("mode").GetString());
        Assert.Equal("publication", o.GetProperty("date_precision").GetString());
    }

    [Fact]
    public void Read_WhatWriteWrote_RoundTrips()
    {
        using var doc = JsonDocument.Parse(EventJson.ToJson(Full));
        var back = EventJson.Read(doc.RootElement);

        Assert.Equal(EventJson.ToJson(Full with { Source = Full.Source! with { Start = -1, End = -1 }, Target = Full.Target! with { Start = -1, End = -1 },
            Place = Full.Place! with { Start = -1, End = -1 } }), EventJson.ToJson(back));
        Assert.Equal(Full.Mentions, back.Mentions);
    }

    [Fact]
    public async Task WriteLines_ManyEvents_OneParsableObjectPerLine()
    {
        var events = Enumerable.Range(0, 500).Select(i => Bare with { Id = $"e{i}" }).ToArray();
        var text = await TextAsync(s => EventJson.WriteLinesAsync(s, Rows(events).Select(r => r.Event)));

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.Equal("e499", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("asserted", EventMode.Asserted), InlineData("Negated", EventMode.Negated), InlineData("future", EventMode.Future)]
    public void TryParseMode_Names_ParseBack(string name, EventMode mode)
    {
        Assert.True(EventJson.TryParseMode(name, out var m));
        Assert.Equal(mode, m);
        Assert.False(EventJson.TryParseMode("maybe", out _));
    }
}
