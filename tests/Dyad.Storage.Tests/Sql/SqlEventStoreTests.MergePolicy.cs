using Dyad.Documents;
using Dyad.Merging;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

/// <summary>The store merges across articles by <see cref="MergePolicy.Agrees"/> and keeps <see cref="MergePolicy.Combine"/>, as <see cref="EventMerger"/> does.</summary>
public sealed partial class SqlEventStoreTests
{
    /// <summary>Code pairs (stored first, incoming second), each on its own dyad, and whether they are one event.</summary>
    private static readonly (string Target, string Stored, string Incoming, bool Merge)[] CodePairs =
    [
        ("USAGOV", "040", "043", true),    // consult, not specified, then host a visit: one consultation
        ("SAUGOV", "043", "040", true),
        ("FRAGOV", "042", "043", false),   // making a visit and hosting one are different acts
        ("DEUGOV", "112", "1121", true),   // accuse, then accuse of crime
        ("TURGOV", "1121", "1122", false),
        ("EGYGOV", "190", "193", true),
        ("JORGOV", "193", "195", false),   // small arms and air strikes
    ];

    private static readonly EventActor TheGovernment = new("the government", 0, 14, "the government", "GOV", null, "GOV");
    private static readonly EventActor He = new("he", 0, 2, "he", null, null, null);

    /// <summary>Sources (null: none), whether the second report is in the first's article or a syndicated copy of it, and whether they are one event.</summary>
    private static readonly (string Target, EventActor? Source, string Where, bool Merge)[] SourcePairs =
    [
        ("USAGOV", Actor("IRQGOV", "Iraq"), "two articles", true),
        ("GBRGOV", null, "two articles", false),          // someone met the British government, twice: who?
        ("FRAGOV", TheGovernment, "two articles", false), // whose government?
        ("DEUGOV", He, "two articles", false),
        ("TURGOV", null, "one article", true),
        ("EGYGOV", He, "one article", true),
        ("JORGOV", TheGovernment, "a copy", true),
    ];

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_CodePairs_MergeExactlyWhenTheEngineMergerDoesAndKeepTheSpecificCode(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        var engineMerges = new List<bool>();
        foreach (var (target, stored, incoming, _) in CodePairs)
        {
            var a = Article($"a-{target}", "Iraq's government and the delegation talked.", source: "one.example");
            var b = Article($"b-{target}", "The delegation and Iraqi officials talked.", source: "two.example");
            var first = Event(a, stored, "IRQGOV", target, place: Baghdad) with { Goldstein = int.Parse(stored) / 10.0 };
            var second = Event(b, incoming, "IRQGOV", target, place: Baghdad) with { Goldstein = int.Parse(incoming) / 10.0 };
            engineMerges.Add(new EventMerger().Merge([first, second]).Count == 1);
            await store.SaveBatchAsync([Processed(a, first)]);
            await store.SaveBatchAsync([Processed(b, second)]);
        }

        await AssertMergesAsync(store, [.. CodePairs.Select(p => (p.Target, p.Merge))], engineMerges);
        // The merged row is the more specific event: its code, and the Goldstein value that goes with it.
        var hosted = Assert.Single((await store.QueryEventsAsync(new EventQuery { Target = "USAGOV" })).Items);
        Assert.Equal(("043", 4.3), (hosted.Code, hosted.Goldstein));
        Assert.Contains("codes 040/043 on one branch", Assert.Single(hosted.MergeReasons));
        Assert.Equal("043", Assert.Single((await store.QueryEventsAsync(new EventQuery { Target = "SAUGOV" })).Items).Code);
        Assert.Equal("1121", Assert.Single((await store.QueryEventsAsync(new EventQuery { Code = "1121", Target = "DEUGOV" })).Items).Code);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_SourcePairs_MergeAcrossArticlesOnlyWithACodedCountryOrOrganisation(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        const string story = "The delegation from the capital arrived at the ministry on Monday morning and met officials " +
                             "for three hours to discuss the border crossings, the refugees and the reconstruction of the bridges.";
        var engineMerges = new List<bool>();
        foreach (var (target, source, where, _) in SourcePairs)
        {
            var a = Article($"a-{target}", story, source: "one.example");
            var b = where == "a copy" ? Article($"b-{target}", story, source: "two.example") : Article($"b-{target}", $"Officials met {target}.", source: "two.example");
            var first = Event(a, "040", "IRQGOV", target, place: Baghdad) with { Source = source };
            var second = Event(where == "one article" ? a : b, "040", "IRQGOV", target, place: Baghdad, start: 1, sentence: 1) with { Source = source };
            var copyOf = where == "a copy" ? new Dictionary<string, string> { [b.Id] = a.Id } : null;
            engineMerges.Add(new EventMerger().Merge([first, second], copyOf).Count == 1);
            if (where == "one article") await store.SaveBatchAsync([Processed(a, first, second)]);
            else
            {
                await store.SaveBatchAsync([Processed(a, first)]);
                await store.SaveBatchAsync([Processed(b, second)]);
            }
        }

        await AssertMergesAsync(store, [.. SourcePairs.Select(p => (p.Target, p.Merge))], engineMerges);
        var copied = Assert.Single((await store.QueryEventsAsync(new EventQuery { Target = "JORGOV" })).Items);
        Assert.Equal((1, 2), (copied.NumArticles, copied.NumSources));
        Assert.Contains("(one article)", Assert.Single(copied.MergeReasons));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_DayDatedReportJoinsPublicationDatedEvent_TakesItsDateAsTheEngineDoes(string engine)
    {
        var store = await _stores.OpenAsync(engine, MergeRule.From(MergePolicy.Default));
        var a = Article("a1", "Iraqi police arrested the protesters.", published: new DateOnly(2024, 8, 6));
        var b = Article("b1", "On Monday police arrested protesters.", published: new DateOnly(2024, 8, 6));
        var c = Article("c1", "The arrests on Sunday night went on.", published: new DateOnly(2024, 8, 6));
        var events = new[]
        {
            Event(a, "173", "IRQCOP", "IRQOPP", place: Baghdad) with { DatePrecision = DatePrecision.Publication },
            Event(b, "173", "IRQCOP", "IRQOPP", date: new DateOnly(2024, 8, 5), place: Baghdad),
            Event(c, "173", "IRQCOP", "IRQOPP", date: new DateOnly(2024, 8, 4), place: Baghdad),
        };
        foreach (var (article, e) in new[] { a, b, c }.Zip(events))
            await store.SaveBatchAsync([Processed(article, e)]);

        var merged = new EventMerger().Merge(events);
        var stored = (await store.QueryEventsAsync(new EventQuery())).Items;
        // The first report dated the arrest only by publication; the second says Monday, so Sunday night is within a day of it.
        Assert.Equal(merged.Select(e => (e.Date, e.DatePrecision, e.NumMentions)), stored.Select(e => (e.Date, e.DatePrecision, e.NumMentions)));
        Assert.Equal((new DateOnly(2024, 8, 5), DatePrecision.Day, 3), (stored[0].Date, stored[0].DatePrecision, stored[0].NumMentions));
    }

    /// <summary>The engine merged each pair as <paramref name="expected"/> says, and the store holds one event on a pair's dyad exactly when the engine merged it.</summary>
    private static async Task AssertMergesAsync(IEventStore store, (string Target, bool Merge)[] expected, List<bool> engineMerges)
    {
        var storeMerges = new List<bool>();
        foreach (var (target, _) in expected)
            storeMerges.Add((await store.QueryEventsAsync(new EventQuery { Target = target })).Items.Count == 1);
        Assert.Equal(expected.Select(p => p.Merge), engineMerges);
        Assert.Equal(engineMerges, storeMerges);
    }
}
