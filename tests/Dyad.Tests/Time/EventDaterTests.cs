using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Time;

namespace Dyad.Tests.Time;

public sealed class EventDaterTests
{
    private static (Doc Doc, CodedEvent Event) Build(string text, DateOnly? published)
    {
        var doc = new Doc("d1", text, published);
        new GeoTextSplitter().Process(doc);
        var e = new CodedEvent
        {
            Date = published ?? new DateOnly(2000, 1, 1), Code = "041", Root = "04", Rule = "test",
            Mentions = [new EventMention("d1", null, 0, text, 0, text.Length)],
        };
        return (doc, e);
    }

    [Fact]
    public void Date_WeekdayInSentence_GivesDayPrecision()
    {
        var (doc, e) = Build("Sudani received a call from Blinken late on Monday.", new DateOnly(2024, 8, 6));
        var dated = EventDater.Date(doc, e);
        Assert.Equal(new DateOnly(2024, 8, 5), dated.Date);
        Assert.Equal(DatePrecision.Day, dated.DatePrecision);
    }

    [Fact]
    public void Date_NoExpression_FallsBackToPublication()
    {
        var (doc, e) = Build("Security forces released five suspects.", new DateOnly(2024, 8, 6));
        var dated = EventDater.Date(doc, e);
        Assert.Equal(new DateOnly(2024, 8, 6), dated.Date);
        Assert.Equal(DatePrecision.Publication, dated.DatePrecision);
    }

    [Fact]
    public void Date_NoPublicationDate_UsesOnlyAbsoluteDates()
    {
        var (doc, e) = Build("The talks on Monday followed the accord of 5 August 2024.", null);
        var dated = EventDater.Date(doc, e);
        Assert.Equal(new DateOnly(2024, 8, 5), dated.Date);
    }
}
