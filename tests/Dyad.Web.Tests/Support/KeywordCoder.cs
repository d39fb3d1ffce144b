using System.Text.RegularExpressions;
using Dyad.Documents;
using Dyad.Storage;

namespace Dyad.Web.Tests.Support;

/// <summary>A small real coder for tests: sentences split on end punctuation, a verb table, an actor dictionary and a gazetteer.</summary>
/// <remarks>It stands in for the trained pipeline, which the integrator plugs into <see cref="DyadWebOptions.Coder"/>.</remarks>
internal static partial class KeywordCoder
{
    private static readonly (string Verb, string Code, int Quad, double Goldstein, string Plover)[] Verbs =
    [
        ("met with", "040", 1, 1.0, "CONSULT"), ("praised", "051", 1, 3.4, "COOPERATE"), ("sent aid to", "070", 2, 7.0, "AID"),
        ("accused", "112", 3, -2.0, "ACCUSE"), ("threatened", "130", 3, -4.4, "THREATEN"), ("attacked", "190", 4, -10.0, "ASSAULT"),
    ];

    public static readonly (string Text, Actor Actor)[] Actors =
    [
        ("Antony Blinken", new("USAGOV", "USA", "GOV", "Antony Blinken")), ("Sudani", new("IRQGOV", "IRQ", "GOV", "Mohammed Shia al-Sudani")),
        ("Iran", new("IRN", "IRN", null, "Iran")), ("France", new("FRA", "FRA", null, "France")),
        ("Iraqi police", new("IRQCOP", "IRQ", "COP", "Iraqi police")), ("rebels", new("IRQREB", "IRQ", "REB", "Iraqi rebels")),
    ];

    public static readonly (string Name, string Country, double Lat, double Lon, PlacePrecision Precision)[] Places =
    [
        ("Baghdad", "IQ", 33.34, 44.40, PlacePrecision.City), ("Basra", "IQ", 30.51, 47.78, PlacePrecision.City),
        ("Paris", "FR", 48.85, 2.35, PlacePrecision.City), ("Iraq", "IQ", 33.0, 44.0, PlacePrecision.Country),
    ];

    public static ValueTask<ProcessedArticle> CodeAsync(Article article, CancellationToken ct) => ValueTask.FromResult(Code(article));

    public static ProcessedArticle Code(Article article)
    {
        var date = article.Published ?? new DateOnly(2024, 1, 1);
        var doc = Doc.FromArticle(article, date);
        var events = new List<CodedEvent>();
        var sentence = 0;
        foreach (Match s in SentencePattern().Matches(article.Text))
        {
            var found = Find(article, doc, s, sentence++, date);
            if (found is not null) events.Add(found);
        }
        return new ProcessedArticle(article, doc, events);
    }

    private static CodedEvent? Find(Article article, Doc doc, Match s, int index, DateOnly date)
    {
        var text = s.Value;
        var sightings = new List<(int At, EventActor Actor)>();
        foreach (var (name, actor) in Actors)
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                int start = s.Index + at, end = start + name.Length;
                doc.Entities.Add(new Mention(0, 0, start, end, actor.Agent is null ? "GPE" : "PER", name) { Actor = actor, Evidence = "dictionary" });
                sightings.Add((at, new EventActor(name, start, end, actor.Name, actor.Code, actor.Country, actor.Agent)));
            }
        var verb = Verbs.Select(v => (v, At: text.IndexOf(v.Verb, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault();
        if (verb.v.Verb is null) return null;
        var source = sightings.Where(x => x.At < verb.At).OrderByDescending(x => x.At).Select(x => x.Actor).FirstOrDefault();
        var target = sightings.Where(x => x.At > verb.At).OrderBy(x => x.At).Select(x => x.Actor).FirstOrDefault();
        Place? place = null;
        foreach (var p in Places)
            if (text.IndexOf("in " + p.Name, StringComparison.Ordinal) is var at and >= 0)
            {
                place = new Place(p.Name, s.Index + at + 3, s.Index + at + 3 + p.Name.Length, p.Name, p.Country, null, p.Lat, p.Lon, null, p.Precision);
                doc.Places.Add(place);
                break;
            }
        var mode = text.Contains(" not ", StringComparison.Ordinal) ? EventMode.Negated
            : text.Contains(" may ", StringComparison.Ordinal) ? EventMode.Hypothetical
            : text.Contains(" will ", StringComparison.Ordinal) ? EventMode.Future : EventMode.Asserted;
        return new CodedEvent
        {
            Date = date, DatePrecision = DatePrecision.Publication,
            Code = verb.v.Code, Root = verb.v.Code[..2], QuadClass = verb.v.Quad, Goldstein = verb.v.Goldstein, Plover = verb.v.Plover,
            Source = source, Target = target, Place = place, Mode = mode,
            Mentions = [new EventMention(article.Id, article.Title, index, text, s.Index, s.Index + s.Length)],
            Rule = "keyword: " + verb.v.Verb, Confidence = 0.9, CodeTable = "test",
        };
    }

    [GeneratedRegex(@"[^.!?\s][^.!?]*[.!?]")] private static partial Regex SentencePattern();
}
