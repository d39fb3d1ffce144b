using Dyad.Reading;

namespace Dyad.Tests.Reading;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2024-08-06", 2024, 8, 6)]
    [InlineData("2024-08-06T23:30:00-05:00", 2024, 8, 7)]
    [InlineData("Tue, 06 Aug 2024 10:00:00 GMT", 2024, 8, 6)]
    [InlineData("Wed, 06 Aug 2024 10:00:00 +0200", 2024, 8, 6)]
    [InlineData("6 Aug 24 23:00 PDT", 2024, 8, 7)]
    [InlineData("Tuesday, 6 August 2024", 2024, 8, 6)]
    [InlineData("August 5, 2024", 2024, 8, 5)]
    [InlineData("Published 2024-08-06 by staff", 2024, 8, 6)]
    public void Parse_CommonFeedAndPageDates_GivesUtcDate(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), PublishedDate.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sometime last week")]
    [InlineData("2024-13-45")]
    public void Parse_BadDates_GiveNull(string? value) => Assert.Null(PublishedDate.Parse(value));
}
