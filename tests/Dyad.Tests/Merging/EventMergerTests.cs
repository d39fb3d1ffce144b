using System.Globalization;
using Dyad.Documents;
using Dyad.Merging;
using Dyad.TestSupport;

namespace Dyad.Tests.Merging;

public sealed class EventMergerTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in MergeSpec.Load(SpecPath).Keys) data.Add(name);
        return data;
    }

    private static string SpecPath => Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Merging", "merges.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merge_SpecCase_GivesExpectedEvents(string name)
    {
        var spec = MergeSpec.Load(SpecPath)[name];
        var merged = new EventMerger().Merge(spec.Mentions, spec.CopyOf);
        Assert.Equal(spec.Expected.Count, merged.Count);
        foreach (var (mentions, articles, sources) in spec.Expected)
        {
            var e = Assert.Single(merged, m => m.Mentions.Select(x => $"{x.ArticleId}#{x.Sentence}").Order().SequenceEqual(mentions.Order()));
            Assert.Equal(articles, e.NumArticles);
            Assert.Equal(sources, e.NumSources);
            Assert.Equal(mentions.Count - 1, e.MergeReasons.Count);
        }
    }

    [Fact]
    public void Merge_TargetlessMention_TakesTheTargetAndSaysWhy()
    {
        var spec = MergeSpec.Load(SpecPath).Values.First();
        var e = Assert.Single(new EventMerger().Merge(spec.Mentions));
        Assert.Equal("IRQUAF", e.Target?.Code);
        Assert.Equal(2, e.NumMentions);
        Assert.Contains("names no target", Assert.Single(e.MergeReasons));
        Assert.Equal(PlacePrecision.Admin1, e.Place?.Precision);
    }

    [Fact]
    public void Merge_WiderWindow_MergesDaysApart()
    {
        var a = MergeSpec.Event("a#1", "2024-08-05", "IRNMIL", "190", "ISRMIL", "-");
        var b = MergeSpec.Event("b#1", "2024-08-09", "IRNMIL", "190", "ISRMIL", "-");
        Assert.Equal(2, new EventMerger().Merge([a, b]).Count);
        Assert.Single(new EventMerger(new MergePolicy { DateWindowDays = 5 }).Merge([a, b]));
    }

    [Fact]
    public void Merge_ExactCodes_KeepsSameRootApart()
    {
        var a = MergeSpec.Event("a#1", "2024-08-05", "IRNMIL", "190", "ISRMIL", "-");
        var b = MergeSpec.Event("a#2", "2024-08-05", "IRNMIL", "193", "ISRMIL", "-");
        Assert.Equal(2, new EventMerger(new MergePolicy { Codes = CodeMatch.Exact }).Merge([a, b]).Count);
    }

    [Fact]
    public void Merge_DayPrecision_WinsOverPublication()
    {
        var a = MergeSpec.Event("a#1", "2024-08-06", "IRNMIL", "190", "ISRMIL", "-") with { DatePrecision = DatePrecision.Publication };
        var b = MergeSpec.Event("a#2", "2024-08-05", "IRNMIL", "190", "ISRMIL", "-") with { DatePrecision = DatePrecision.Day };
        var e = Assert.Single(new EventMerger().Merge([a, b]));
        Assert.Equal(new DateOnly(2024, 8, 5), e.Date);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
    }

    [Fact]
    public void Merge_GenericThenSpecificCode_KeepsTheSpecificCodeAndItsGoldstein()
    {
        var a = MergeSpec.Event("a#1", "2024-08-05", "USAGOV", "040", "IRQGOV", "-") with { Goldstein = 1.0 };
        var b = MergeSpec.Event("b#1", "2024-08-05", "USAGOV", "043", "IRQGOV", "-") with { Goldstein = 2.8 };
        var e = Assert.Single(new EventMerger().Merge([a, b]));
        Assert.Equal(("043", 2.8), (e.Code, e.Goldstein));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("GOV")]
    public void Merge_SourceWithoutCountry_MergesInOneArticleOnly(string? role)
    {
        var source = role is null ? null : new EventActor("the government", 0, 14, "the government", role, null, role);
        CodedEvent At(string mention) => MergeSpec.Event(mention, "2024-08-05", "IRQGOV", "040", "USAGOV", "-") with { Source = source };
        // Two stories on one day in which someone (or some government) met the US government are not one meeting.
        Assert.Equal(2, new EventMerger().Merge([At("a#1"), At("b#1")]).Count);
        Assert.Single(new EventMerger().Merge([At("a#1"), At("a#4")]));
        Assert.Single(new EventMerger().Merge([At("a#1"), At("b#1")], new Dictionary<string, string> { ["b"] = "a" }));
    }

    [Fact]
    public void Merge_TwoAgreeingEvents_TheNearestInDateTakesTheMention()
    {
        // Baghdad on the 5th and Mosul (about 340 km away) on the 6th are two events; a report of the 6th that names no
        // place agrees with both, and joins the one of its own day, as the store's merge does.
        var baghdad = MergeSpec.Event("a#1", "2024-08-05", "IRNMIL", "190", "ISRMIL", "33.31,44.36");
        var mosul = MergeSpec.Event("b#1", "2024-08-06", "IRNMIL", "190", "ISRMIL", "36.34,43.13");
        var report = MergeSpec.Event("c#1", "2024-08-06", "IRNMIL", "190", "ISRMIL", "-");
        var merged = new EventMerger().Merge([baghdad, mosul, report]);
        Assert.Equal(2, merged.Count);
        var joined = Assert.Single(merged, e => e.NumMentions == 2);
        Assert.Equal(["b", "c"], joined.Mentions.Select(m => m.ArticleId).Order());
        Assert.Contains("dates 0 d apart", Assert.Single(joined.MergeReasons));
    }
}
