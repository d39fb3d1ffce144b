using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Geocoding;
using Dyad.Merging;
using Dyad.Processing;
using Dyad.Time;

namespace Dyad.Tests.Geocoding;

public sealed class EventLocatorTests
{
    // The seed file's two reports of the release of suspects, as the article reader leaves them.
    private const string Seed =
        "He made his remarks hours after reports said security forces had released suspects held in attacking the Ain al-Asad base that houses American troops and advisors.\n\n" +
        "Sudani received late on Monday a telephone call from US Secretary of State Antony Blinken in Baghdad.\n\n" +
        "Separately, media reports said security forces released five suspects held over the attack on the Ain al-Asad base in the Anbar province.";

    private static Doc SeedDoc()
    {
        var doc = new Doc("seed", Seed, new DateOnly(2024, 8, 6));
        Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)).Process(doc);
        return doc;
    }

    private static CodedEvent Event(Doc doc, int sentence, string code, (string Text, string Code)? source, (string Text, string Code)? target)
    {
        var s = doc.Sentences[sentence];
        EventActor? Actor((string Text, string Code)? a)
        {
            if (a is not { } x) return null;
            int start = doc.Text.IndexOf(x.Text, s.Start, StringComparison.Ordinal);
            return new EventActor(x.Text, start, start + x.Text.Length, x.Text, x.Code, x.Code[..3], x.Code[3..]);
        }
        return new CodedEvent
        {
            Date = doc.Published!.Value, Code = code, Root = code[..2], Rule = "test", Source = Actor(source), Target = Actor(target),
            Mentions = [new EventMention(doc.Id, null, sentence, doc.Text[s.Start..s.End], s.Start, s.End)],
        };
    }

    [Fact]
    public void Locate_FacilityInProvince_TakesTheLandmarkInThatProvince()
    {
        var doc = SeedDoc();
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, 2, "0841", ("security forces", "IRQSEC"), ("five suspects", "IRQUAF")));
        Assert.Equal("Ain al-Asad", e.Place?.Text);
        Assert.Equal(PlacePrecision.Landmark, e.Place?.Precision);
        Assert.Equal("Anbar", e.Place?.Admin1);
    }

    [Fact]
    public void Locate_NoPlaceInSentence_FallsBackToActorCountry()
    {
        var doc = new Doc("d", "Security forces released the suspects.", new DateOnly(2024, 8, 6));
        Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)).Process(doc);
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, 0, "0841", ("Security forces", "IRQSEC"), null));
        Assert.Equal("IQ", e.Place?.Country);
        Assert.Equal(PlacePrecision.Country, e.Place?.Precision);
        Assert.Equal(-1, e.Place?.Start);
    }

    [Fact]
    public void Locate_InPhraseAfterActors_IsTheEventsPlace()
    {
        var doc = SeedDoc();
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, 1, "041", ("Sudani", "IRQGOV"), ("Antony Blinken", "USAGOV")));
        Assert.Equal("Baghdad", e.Place?.Text);
        Assert.Equal(PlacePrecision.City, e.Place?.Precision);
    }

    [Fact]
    public void Locate_Dateline_IsUsedWhenTheSentenceHasNoPlace()
    {
        var doc = new Doc("d", "BAGHDAD (Reuters) — Officials met. The talks ended.", new DateOnly(2024, 8, 6));
        Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)).Process(doc);
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, doc.Sentences.Count - 1, "041", null, null));
        Assert.Equal("IQ", e.Place?.Country);
        Assert.Equal(PlacePrecision.City, e.Place?.Precision);
    }

    [Fact]
    public void Locate_DatelineAfterACaption_IsReadLikeTheActorResolverReadsIt()
    {
        // Wikinews puts a date line or a photo caption before "Taipei, Taiwan —"; the locator once looked only at the text's first characters.
        var doc = new Doc("d", "A photo of the lanterns. Taipei, Taiwan — The festival opened on Saturday. Officials met.", new DateOnly(2007, 3, 5));
        Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)).Process(doc);
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, doc.Sentences.Count - 1, "041", null, null));
        Assert.Equal("Taipei", e.Place?.Text);
    }

    [Fact]
    public void Locate_MultiWordPlaceUnderAnotherNoun_ReadsTheNamesHeadNotItsFirstWord()
    {
        // "New York" hangs on "actions" through its head "York" (nmod); "New" is only York's compound. The place describes
        // the actions, so the event takes the place attached to its own verb, Tehran.
        var doc = new Doc("d", "Iran condemned the actions in New York on Monday in Tehran.", new DateOnly(2024, 8, 6));
        Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)).Process(doc);
        (int Head, string Rel, Upos Pos)[] tree =
        [
            (1, "nsubj", Upos.PROPN), (-1, "root", Upos.VERB), (3, "det", Upos.DET), (1, "obj", Upos.NOUN),
            (6, "case", Upos.ADP), (6, "compound", Upos.PROPN), (3, "nmod", Upos.PROPN), (8, "case", Upos.ADP),
            (1, "obl", Upos.PROPN), (10, "case", Upos.ADP), (1, "obl", Upos.PROPN), (1, "punct", Upos.PUNCT),
        ];
        Assert.Equal(tree.Length, doc.TokenCount);
        for (int i = 0; i < tree.Length; i++)
        {
            doc.SetTags(i, tree[i].Pos, null);
            doc.SetArc(i, tree[i].Head, tree[i].Rel);
        }
        Assert.Contains(doc.Places, p => p.Text == "New York");
        var e = new EventLocator(Gazetteer.Default).Locate(doc, Event(doc, 0, "112", ("Iran", "IRNGOV"), null));
        Assert.Equal("Tehran", e.Place?.Text);
    }

    [Fact]
    public void Seed_ReleaseOfSuspectsReportedTwice_IsOneEventWithTwoMentions()
    {
        var doc = SeedDoc();
        var locator = new EventLocator(Gazetteer.Default);
        var first = locator.Locate(doc, EventDater.Date(doc, Event(doc, 0, "0841", ("security forces", "IRQSEC"), null)));
        var second = locator.Locate(doc, EventDater.Date(doc, Event(doc, 2, "0841", ("security forces", "IRQSEC"), ("five suspects", "IRQUAF"))));
        var e = Assert.Single(new EventMerger().Merge([first, second]));
        Assert.Equal(2, e.NumMentions);
        Assert.Equal("IRQUAF", e.Target?.Code);
        Assert.Equal("Ain al-Asad Air Base", e.Place?.Name);
        Assert.Equal(new DateOnly(2024, 8, 6), e.Date);
        Assert.Equal(DatePrecision.Publication, e.DatePrecision);
        Assert.Single(e.MergeReasons);
    }
}
