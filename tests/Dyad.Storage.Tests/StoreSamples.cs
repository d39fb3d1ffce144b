using Dyad.Documents;

namespace Dyad.Storage.Tests;

/// <summary>Hand-built articles and events for store tests, so they depend on no model.</summary>
internal static class StoreSamples
{
    public static readonly Place Baghdad = new("Baghdad", -1, -1, "Baghdad", "IQ", "07", 33.34, 44.40, 98182, PlacePrecision.City);
    public static readonly Place Basra = new("Basra", -1, -1, "Basra", "IQ", "02", 30.51, 47.78, 99532, PlacePrecision.City);

    public static Article Article(string id, string text, DateOnly? published = null, string? source = "example.org", string? title = null) =>
        new(id, title ?? $"Title {id}", published ?? new DateOnly(2024, 8, 6), $"https://{source ?? "x"}/{id}", source, text, []);

    public static EventActor Actor(string code, string name) => new(name, 0, name.Length, name, code, code[..3], code.Length > 3 ? code[3..] : null);

    public static CodedEvent Event(Article a, string code, string? source, string? target, DateOnly? date = null, Place? place = null,
        EventMode mode = EventMode.Asserted, int start = 0, int? end = null, string? id = null, int sentence = 0)
    {
        var text = a.Text[start..(end ?? a.Text.Length)];
        return new CodedEvent
        {
            Id = id ?? $"{a.Id}-{code}-{start}",
            Date = date ?? a.Published ?? new DateOnly(2024, 8, 6),
            DatePrecision = DatePrecision.Day,
            Code = code,
            Root = code[..2],
            QuadClass = int.Parse(code[..2]) switch { <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4 },
            Goldstein = int.Parse(code[..2]) >= 15 ? -10 : 3,
            Plover = "CONSULT",
            Source = source is null ? null : Actor(source, source + " name"),
            Target = target is null ? null : Actor(target, target + " name"),
            Place = place,
            Mode = mode,
            Mentions = [new EventMention(a.Id, a.Title, sentence, text, start, end ?? a.Text.Length)],
            Rule = "test rule",
            Confidence = 0.9,
            CodeTable = "test-1",
        };
    }

    public static ProcessedArticle Processed(Article a, params CodedEvent[] events) => new(a, null, events);
}
