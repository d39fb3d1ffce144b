using System.Globalization;
using Dyad.Documents;
using Dyad.TestSupport;
using Dyad.Time;

namespace Dyad.Tests.Time;

public sealed class DateResolverTests
{
    public static TheoryData<string, string, string, string, string> Spec()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Time", "dates.spec")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('|', StringSplitOptions.TrimEntries);
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Spec))]
    public void Find_SpecLine_ResolvesAgainstPublication(string published, string text, string date, string precision, string rule)
    {
        var found = DateResolver.First(text, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.NotNull(found);
        Assert.Equal(date, found.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, found.Value.Precision.ToString().ToLowerInvariant());
        Assert.Equal(rule, found.Value.Rule);
    }

    [Fact]
    public void Find_MayAsVerb_IsNotAMonth()
    {
        Assert.Null(DateResolver.First("Iraq may be dragged into the conflict.", new DateOnly(2024, 8, 6)));
    }

    [Fact]
    public void Find_ImpossibleDate_IsSkipped()
    {
        Assert.Null(DateResolver.First("It was signed on February 30, 2023.", new DateOnly(2024, 8, 6)));
    }

    [Fact]
    public void Find_OffsetsPointIntoTheText()
    {
        const string text = "Blinken called late on Monday.";
        var found = DateResolver.Find(text, 0, text.Length, new DateOnly(2024, 8, 6));
        var t = Assert.Single(found);
        Assert.Equal("on Monday", text[t.Start..t.End]);
        Assert.Equal(DatePrecision.Day, t.Precision);
    }
}
