using Dyad.Documents;
using Dyad.Processing;
using Dyad.Time;

namespace Dyad.Geocoding;

/// <summary>The stage that places each coded event: its own "in/at/near" phrase or its target's location, else the sentence's place, else the dateline, else the actors' country.</summary>
/// <remarks>
/// Runs after the geocoder and the event coder. Uses dependency heads when the parser ran and falls back to word order
/// ("in X" after the event's actors) when it did not. The country fallback has precision Country, so maps can drop it.
/// </remarks>
public sealed class EventLocator(Gazetteer gazetteer) : IStage
{
    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase)
    { "in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "from", "into", "on" };

    public string Name => "event-locator";
    public Layers Requires => Layers.Sentences | Layers.Places | Layers.Events;
    public Layers Assigns => Layers.None;

    public void Process(Doc doc)
    {
        for (int i = 0; i < doc.Events.Count; i++)
            doc.Events[i] = Locate(doc, doc.Events[i]);
    }

    public CodedEvent Locate(Doc doc, CodedEvent e)
    {
        var mention = e.Mentions.FirstOrDefault(m => m.ArticleId == doc.Id);
        int sentence = mention is null ? -1 : mention.Sentence;
        var place = (uint)sentence < (uint)doc.Sentences.Count ? Tied(doc, sentence, e) ?? SentencePlace(doc, sentence, e) : null;
        place ??= Dateline(doc) ?? ActorCountry(e);
        return place is null ? e : e with { Place = place };
    }

    /// <summary>A place in a locative phrase attached to the event's verb or to its target ("the base in the Anbar province").</summary>
    /// <remarks>With a parse, the phrase must hang under the event's predicate or target without crossing another verb
    /// ("Iraq, given its location near Iran, could be affected" is not an event in Iran); word order is used without one.</remarks>
    private static Place? Tied(Doc doc, int sentence, CodedEvent e)
    {
        var s = doc.Sentences[sentence];
        var inSentence = Candidates(doc, s);
        if (inSentence.Count == 0) return null;
        int source = EventClause.TokenAt(doc, s, e.Source?.Start), target = EventClause.TokenAt(doc, s, e.Target?.Start);
        int targetEnd = e.Target is null ? -1 : Math.Max(target, EventClause.TokenAt(doc, s, e.Target.End - 1));
        // (A place inside the target's own words counts: "infrastructure in Iraq" is both.)
        if (EventClause.IsParsed(doc, s))
        {
            int verb = source >= 0 ? EventClause.PredicateOf(doc, source) : target >= 0 ? EventClause.PredicateOf(doc, target) : -1;
            int titled = target >= 0 ? TitledHead(doc, target, targetEnd) : -1;
            foreach (var p in inSentence)
            {
                int t = EventClause.TokenAt(doc, s, p.Start);
                if (t < 0 || !HasLocativeCase(doc, s, t)) continue;
                if (target >= 0 && (HangsUnder(doc, t, target, targetEnd) || HangsUnder(doc, t, titled, titled))) return p;
                if (EventClause.BelongsTo(doc, t, verb) && !DescribesOtherNoun(doc, s, p, t, verb) && !DescribesOtherActor(doc, s, p, t, e)) return p;
            }
            return null;
        }
        // Word order: the first "in/at/near X" after the event's first actor mention.
        int after = Math.Max(source, target) is >= 0 and var a ? a : s.FirstToken;
        foreach (var p in inSentence)
        {
            int t = EventClause.TokenAt(doc, s, p.Start);
            if (t > after && IsLocative(doc, s, t)) return p;
        }
        return null;
    }

    /// <summary>True when the place's phrase modifies a noun other than the event's own predicate: "past Israeli actions in
    /// Yemen" places those actions, not the threat to Basra the sentence codes.</summary>
    /// <remarks>The relation is read on the name's syntactic head, the token whose head lies outside the name: in "actions in
    /// New York" that is "York" (nmod), while "New" is only its compound.</remarks>
    private static bool DescribesOtherNoun(Doc doc, Sentence s, Place p, int first, int predicate)
    {
        int last = Math.Max(first, EventClause.TokenAt(doc, s, p.End - 1));
        int head = doc.SpanHead(first, last - first + 1);
        if (head < 0) head = first;
        int h = doc[head].Head;
        return h >= 0 && h != predicate && doc[h].Upos is Upos.NOUN && doc[head].DepRel is "nmod";
    }

    /// <summary>The noun a target name stands in apposition to: "commander" in "top Hezbollah military commander Fuad Shukr in
    /// Beirut", whose "in Beirut" hangs on the title, not on the name. The name's own head when it has none.</summary>
    private static int TitledHead(Doc doc, int first, int last)
    {
        int x = doc.SpanHead(first, last - first + 1);
        if (x < 0) x = first;
        for (int guard = 0; guard < 4 && doc[x].Head >= 0 && doc[x].DepRel is "appos" or "flat" or "flat:name" or "compound"; guard++) x = doc[x].Head;
        return x;
    }

    /// <summary>True when the place's phrase modifies a person or group that is neither of the event's actors: in "the assassination
    /// of Haniyeh in Tehran and … Shukr in Beirut", Tehran places Haniyeh's killing, not Shukr's.</summary>
    private static bool DescribesOtherActor(Doc doc, Sentence s, Place p, int first, CodedEvent e)
    {
        int last = Math.Max(first, EventClause.TokenAt(doc, s, p.End - 1));
        int head = doc.SpanHead(first, last - first + 1);
        int h = doc[head < 0 ? first : head].Head;
        if (h < 0 || doc[h].Upos is not Upos.PROPN || doc[head < 0 ? first : head].DepRel is not "nmod") return false;
        int at = doc[h].Start;
        if (e.Source is { } src && at >= src.Start && at < src.End || e.Target is { } tgt && at >= tgt.Start && at < tgt.End) return false;
        // Only people and groups: a place under a venue ("the Fisht Stadium in Sochi") still says where the venue is.
        return doc.MentionAt(h) is var m && m >= 0 && doc.Entities[m].Label is "PER" or "ORG";
    }

    private static bool HangsUnder(Doc doc, int token, int first, int last)
    {
        for (int h = doc[token].Head, guard = 0; h >= 0 && guard < 8; h = doc[h].Head, guard++)
        {
            if (h >= first && h <= last) return true;
            if (doc[h].Upos is Upos.VERB or Upos.AUX) return false;
        }
        return false;
    }

    /// <summary>The sentence's most precise place, preferring places in the actors' countries.</summary>
    /// <remarks>"the Iraqi government … Faisal warned that Iraq's stance … Tehran" is placed in Iraq, not Tehran.</remarks>
    private Place? SentencePlace(Doc doc, int sentence, CodedEvent e)
    {
        var places = Candidates(doc, doc.Sentences[sentence]);
        if (places.Count == 0) return null;
        string? source = e.Source?.Country, target = e.Target?.Country;
        bool InActorCountry(Place p) => p.Country is not null && Iso3Of(p.Country) is { } c && (c == source || c == target);
        return places.OrderBy(p => InActorCountry(p) ? 0 : 1).ThenBy(p => p.Precision).First();
    }

    /// <summary>The sentence's places, without attributive ones ("US-led", "Iran-aligned") and without names the recogniser
    /// took for a person or an organisation ("Google", "NATO", "Obama"): those name who, not where.</summary>
    private static List<Place> Candidates(Doc doc, Sentence s) =>
        [.. doc.Places.Where(p => p.Start >= s.Start && p.End <= s.End && !IsAttributive(doc, p) && !NamesWho(doc, p))];

    /// <summary>True when a person or organisation mention covers exactly the place's words.</summary>
    /// <remarks>The gazetteer has a Japanese city Obama and a town Nato; the resolver read those words as a president and an
    /// alliance. A place inside a longer organisation name ("Washington State University") still counts.</remarks>
    private static bool NamesWho(Doc doc, Place p)
    {
        foreach (var m in doc.Entities)
            if (m.Start == p.Start && m.End == p.End && m.Label is "PER" or "ORG") return true;
        return false;
    }

    private static bool IsAttributive(Doc doc, Place p) =>
        p.End + 1 < doc.Text.Length && doc.Text[p.End] == '-' && char.IsLower(doc.Text[p.End + 1]);

    private string? Iso3Of(string iso2) => gazetteer.CountryByIso2(iso2)?.Iso3;

    /// <summary>The first place of the text's dateline ("BAGHDAD (Reuters) —", "Taipei, Taiwan —"), read by <see cref="Documents.Dateline"/>.</summary>
    private static Place? Dateline(Doc doc)
    {
        var places = Documents.Dateline.Places(doc, t => PlaceAt(doc, t) is { } p ? TokensOf(doc, t, p) : 0);
        return places.Count == 0 ? null : PlaceAt(doc, places[0]);
    }

    /// <summary>The geocoder's place that starts at a token.</summary>
    private static Place? PlaceAt(Doc doc, int t)
    {
        foreach (var p in doc.Places)
            if (p.Start == doc[t].Start) return p;
        return null;
    }

    private static int TokensOf(Doc doc, int first, Place p)
    {
        int t = first;
        while (t < doc.TokenCount && doc[t].End <= p.End) t++;
        return Math.Max(1, t - first);
    }

    private Place? ActorCountry(CodedEvent e)
    {
        var code = e.Source?.Country ?? e.Target?.Country;
        int c = gazetteer.CountryIndexOfIso3(code);
        if (c < 0) return null;
        var info = gazetteer.Countries[c];
        int entry = gazetteer.CountryEntry(c);
        return new Place(info.Name, -1, -1, info.Name, info.Iso2, null, info.Lat, info.Lon,
            entry >= 0 ? gazetteer[entry].GeonamesId : null, PlacePrecision.Country);
    }

    private static bool HasLocativeCase(Doc doc, Sentence s, int token)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc[i].Head == token && doc[i].DepRel == "case" && LocativePrepositions.Contains(doc[i].Text)) return true;
        return IsLocative(doc, s, token);
    }

    /// <summary>A locative preposition right before the place, allowing "the" and a direction word between.</summary>
    private static bool IsLocative(Doc doc, Sentence s, int token)
    {
        for (int i = token - 1, k = 0; i >= s.FirstToken && k < 3; i--, k++)
        {
            var w = doc[i].Text;
            if (LocativePrepositions.Contains(w)) return true;
            if (!(w.Equals("the", StringComparison.OrdinalIgnoreCase) || PlaceWords.Directions.Contains(w))) return false;
        }
        return false;
    }
}
