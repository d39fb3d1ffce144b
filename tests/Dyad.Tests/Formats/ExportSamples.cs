using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Tests.Formats;

/// <summary>Hand-built events for the export writer tests.</summary>
internal static class ExportSamples
{
    public static CodedEvent Full { get; } = new()
    {
        Id = "ev1",
        Date = new DateOnly(2024, 8, 5),
        DatePrecision = DatePrecision.Day,
        Code = "041",
        Root = "04",
        QuadClass = 1,
        Goldstein = 1.0,
        Plover = "CONSULT",
        Source = new EventActor("US Secretary of State Antony Blinken", 0, 36, "Antony Blinken", "USAGOV", "USA", "GOV"),
        Target = new EventActor("Sudani", 50, 56, "Mohammed Shia al-Sudani", "IRQGOV", "IRQ", "GOV"),
        Place = new Place("Baghdad", 60, 67, "Baghdad", "IQ", "07", 33.34, 44.40, 98182, PlacePrecision.City),
        Mode = EventMode.Asserted,
        Mentions =
        [
            new EventMention("a1", "Blinken calls Sudani", 0, "Blinken, in a call, said \"calm\",\twith\nSudani in Baghdad.", 0, 70)
                { Source = "example.org", Url = "https://example.org/a1", Published = new DateOnly(2024, 8, 6) },
            new EventMention("a2", null, 3, "Second report.", 400, 414) { Url = "https://other.example/a2" },
        ],
        Rule = "041: telephone call with",
        Confidence = 0.82,
        CodeTable = "cameo-gdelt-2024.1",
        NumSources = 2,
        NumArticles = 2,
        MergeReasons = ["same dyad"],
    };

    public static CodedEvent Bare { get; } = new()
    {
        Id = "ev2", Date = new DateOnly(2023, 12, 31), Code = "190", Root = "19", QuadClass = 4, Goldstein = -10,
        Mode = EventMode.Hypothetical, Rule = "r",
    };

    public static async IAsyncEnumerable<ExportRecord> Rows(params CodedEvent[] events)
    {
        long id = 100;
        foreach (var e in events)
        {
            yield return new ExportRecord(e, id++, new DateTime(2024, 8, 6, 12, 15, 0, DateTimeKind.Utc),
                [new DateTime(2024, 8, 6, 12, 15, 0, DateTimeKind.Utc), new DateTime(2024, 8, 7, 9, 0, 0, DateTimeKind.Utc)]);
            await Task.Yield();
        }
    }

    public static async Task<string> TextAsync(Func<Stream, Task> write)
    {
        using var ms = new MemoryStream();
        await write(ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
