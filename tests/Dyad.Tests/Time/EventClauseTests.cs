using Dyad.Documents;
using Dyad.Geocoding;
using Dyad.Processing;
using Dyad.Time;
using Dyad.Tokenization;

namespace Dyad.Tests.Time;

/// <summary>Which predicate an actor belongs to when the parse coordinates titles rather than acts.</summary>
public sealed class EventClauseTests
{
    private const string Shukr = "The region has been on edge in anticipation of an attack by Iran and Hezbollah in Lebanon against Israel in "
        + "retaliation to the assassination of Hamas politburo chief Ismail Haniyeh in Tehran and top Hezbollah military commander Fuad Shukr in Beirut last month.";

    // A parse session 10's cluster parser gave: "commander" a conjunct of the title "chief", not of "assassination".
    private static readonly int[] Heads = [1, 5, 5, 5, 5, -1, 7, 5, 10, 10, 7, 12, 10, 14, 12, 16, 10, 18, 16, 20, 10, 23, 23, 20, 27, 27, 27, 23, 27, 28, 31, 27, 36, 36, 36, 36, 27, 36, 37, 40, 36, 42, 5, 5];
    private static readonly string[] Relations = ["det", "nsubj", "aux", "cop", "case", "root", "case", "nmod", "case", "det", "nmod", "case", "nmod", "cc", "conj", "case", "nmod", "case", "nmod", "case", "nmod", "case", "det", "nmod", "case", "compound", "compound", "nmod", "appos", "flat", "case", "nmod", "cc", "amod", "compound", "amod", "conj", "appos", "flat", "case", "nmod", "amod", "nmod:unmarked", "punct"];

    private static readonly Lazy<Pipeline> Tagged = new(() => Pipeline.Create(
    [
        new Tokenizer(), SentenceSplitter.LoadDefault(), .. Stages.Names.Select(n => Stages.Create(n)), new Geocoder(Gazetteer.Default),
    ]));

    private static Doc ParsedWithTitleConjuncts()
    {
        var doc = new Doc("shukr", Shukr, new DateOnly(2024, 8, 6));
        Tagged.Value.Process(doc);
        Assert.Equal(Heads.Length, doc.TokenCount);
        for (int i = 0; i < Heads.Length; i++) doc.SetArc(i, Heads[i], Relations[i]);
        return doc;
    }

    private static int TokenOf(Doc doc, string word)
    {
        for (int i = 0; i < doc.TokenCount; i++) if (doc[i].Span.SequenceEqual(word)) return i;
        throw new ArgumentException(word);
    }

    [Fact]
    public void PredicateOf_ConjunctOfATitle_IsTheActAboveTheTitles()
    {
        var doc = ParsedWithTitleConjuncts();
        Assert.Equal(TokenOf(doc, "assassination"), EventClause.PredicateOf(doc, TokenOf(doc, "Fuad")));
    }

    [Fact]
    public void Locate_ConjunctOfATitle_TakesThePlaceOnItsOwnTitle()
    {
        var doc = ParsedWithTitleConjuncts();
        int start = Shukr.IndexOf("Fuad Shukr", StringComparison.Ordinal);
        var e = new CodedEvent
        {
            Date = doc.Published!.Value, Code = "186", Root = "18", Rule = "test",
            Target = new EventActor("Fuad Shukr", start, start + "Fuad Shukr".Length, "Fuad Shukr", "LBNREB", "LBN", "REB"),
            Mentions = [new EventMention(doc.Id, null, 0, Shukr, 0, Shukr.Length)],
        };
        Assert.Equal("Beirut", new EventLocator(Gazetteer.Default).Locate(doc, e).Place?.Name);
    }
}
