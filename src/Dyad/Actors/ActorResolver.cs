using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Actors;

/// <summary>Resolves each entity mention to a CAMEO actor: dictionary, then titles and appositions, demonym + role, organisation names, coreference, then the article's one clear country for state roles that name none.</summary>
/// <remarks>Thread-safe: the dictionary is shared and read-only; all per-article state lives in the call.</remarks>
public sealed class ActorResolver : IStage
{
    private static readonly HashSet<string> Affiliations = new(StringComparer.OrdinalIgnoreCase) { "led", "aligned", "backed", "allied", "linked", "affiliated", "sponsored" };
    private readonly ActorDictionary _dict;

    internal ActorResolver(ActorDictionary dictionary) => _dict = dictionary;

    /// <summary>Loads the shipped dictionary and, when present, `dyad.actors.txt` (or <paramref name="userFile"/>) on top.</summary>
    public static ActorResolver LoadDefault(string? userFile = null) => new(ActorDictionary.LoadDefault(userFile));

    public string Name => "actors";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities;
    public Layers Assigns => Layers.Actors;

    public void Process(Doc doc)
    {
        var m = new DocMatches(doc, _dict);
        var mentions = RoleMentionFinder.Find(doc, m, doc.Entities);
        var discourse = new Discourse();
        var resolved = new List<Mention>(mentions.Count);
        int covered = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            // A mention swallowed by an earlier one ("office" in "the PM's office") is not resolved twice.
            if (mention.FirstToken < covered && mention.Label == RoleMentionFinder.Role) continue;
            int sentence = doc.SentenceOf(mention.FirstToken);
            var s = sentence >= 0 ? doc.Sentences[sentence] : new Sentence(0, doc.TokenCount, 0, doc.Text.Length);
            var (actor, evidence, title, start) = mention.Label switch
            {
                "PER" => Person(doc, m, mention, s, discourse, resolved),
                RoleMentionFinder.Pronoun => Pronoun(discourse, mention, sentence, QuotedSpeaker.Of(doc, mention.FirstToken, resolved)),
                RoleMentionFinder.Role => RoleNoun(doc, m, ref mention, discourse, resolved),
                _ => Group(doc, m, mention, discourse),
            };
            resolved.Add(mention with { Actor = actor, Evidence = evidence });
            covered = Math.Max(covered, mention.FirstToken + mention.TokenCount);
            if (actor is null)
            {
                // An uncoded person still takes the pronouns that follow ("Yesterday Mohamed received … and tomorrow he plans"),
                // so they do not fall through to an earlier, coded person. Not the second half of a name the recogniser split
                // ("Prime Minister [John] [Key] said he"): the coded half right before it is the same person.
                bool split = resolved.Count > 1 && resolved[^2] is { Label: "PER", Actor: not null } prev && prev.FirstToken + prev.TokenCount == mention.FirstToken;
                if (mention.Label == "PER" && !split) discourse.Add(new Referent(null, Pieces.Of(mention.Text).ToArray(), null, mention.FirstToken, sentence, true, start > s.FirstToken && Discourse.IsPreposition(doc[start - 1].Span)));
                continue;
            }
            bool person = mention.Label is "PER" or RoleMentionFinder.Pronoun || (mention.Label == RoleMentionFinder.Role && evidence == "coreference:title");
            bool afterPrep = start > s.FirstToken && Discourse.IsPreposition(doc[start - 1].Span);
            var pieces = Pieces.Of(mention.Label == "PER" ? mention.Text : actor.Name ?? "").ToArray();
            discourse.Add(new Referent(actor, pieces, title, mention.FirstToken, sentence, person, afterPrep));
        }
        ElidedHeads.Apply(doc, _dict, resolved);
        ArticleCountry.Apply(doc, m, resolved);
        doc.Entities.Clear();
        doc.Entities.AddRange(resolved);
        doc.MentionsReplaced();
    }

    private (Actor?, string?, string?, int) Person(Doc doc, DocMatches m, Mention mention, Sentence s, Discourse d, List<Mention> earlier)
    {
        int first = mention.FirstToken, end = first + mention.TokenCount;
        var pieces = Pieces.Of(mention.Text);
        // A shorter form of a name already seen ("Sudani") is the same person: the article's own evidence beats a dictionary namesake.
        if (d.ByName(pieces) is { } known) return (known.Actor, "coreference:name", known.TitleKey, first);
        var entry = m.Exact(first, end);
        if (entry?.RoleAt(doc.Published) is { Code: { } code })
        {
            var (country, agent) = _dict.Split(code);
            return (new Actor(code, country, agent, mention.Text), "dictionary", null, first);
        }
        if (CutName(doc, first, end, s)) return (null, null, null, first);
        var left = TitleReader.Left(doc, m, first, s.FirstToken, doc.Published);
        if (TitleReader.ToActor(_dict, left, mention.Text) is { } titled)
        {
            if (OwnedTitle(doc, m, left, left.Start, first)) return (null, NonState, null, first);
            // The same full name again with a title that names no country ("President Donald Trump" after "U.S. President
            // Donald Trump") is the person already met in the same role, and keeps that person's country.
            if (titled.Country is null && left.OrgCode is null && d.SameNameWithCountry(pieces) is { } same && same.Actor!.Agent == titled.Agent)
                return (same.Actor, "coreference:name", same.TitleKey, left.Start);
            return (titled, "title", TitleKey(left.Role), left.Start);
        }
        var right = TitleReader.Right(doc, m, end, s.EndToken, doc.Published);
        if (TitleReader.ToActor(_dict, right, mention.Text) is { } appos)
            return OwnedTitle(doc, m, right, right.End, right.End) ? (null, NonState, null, first) : (appos, "apposition", TitleKey(right.Role), first);
        if (AideOf(doc, m, first, s, earlier, mention.Text) is { } aide) return (aide, "title", null, first);
        return (null, entry is null ? null : "dictionary: no role on the article's date", null, first);
    }

    /// <summary>
    /// A one-word "person" that is an organisation or facility head or an acronym, after a capitalised word of the same name
    /// ("Air Force ROTC", "Wright-Patterson Air Force Base"), is the end of a name the recogniser cut short: "Air Force" is
    /// part of that name, not a military title, so the mention gets no title and no code.
    /// </summary>
    /// <remarks>The capitalised word before it must be mixed-case, so that an all-capitals headline or dateline is left alone.</remarks>
    private static bool CutName(Doc doc, int first, int end, Sentence s)
    {
        if (end - first != 1 || first <= s.FirstToken || !NameHeads.Is(doc[first].Span)) return false;
        var before = doc[first - 1].Span;
        return before.Length > 1 && char.IsUpper(before[0]) && char.IsLower(before[^1]);
    }

    /// <summary>The evidence of a title or role noun whose owner is a named organisation that is no state body: no code.</summary>
    private const string NonState = "role of a non-state organisation";

    /// <summary>A title with no country or organisation code of its own whose owner is a named non-state organisation.</summary>
    private static bool OwnedTitle(Doc doc, DocMatches m, TitleEvidence t, int before, int after) =>
        t.Country is null && t.OrgCode is null && RoleOwner.IsNonState(doc, m, doc.Entities, t.Agent, before, after);

    /// <summary>"aide to Sudani, Dr. Hussein Allawi": a role noun tied to a resolved person gives that person's country.</summary>
    private static Actor? AideOf(Doc doc, DocMatches m, int first, Sentence s, List<Mention> earlier, string name)
    {
        int pos = first;
        while (pos > s.FirstToken && TitleReader.IsModifier(doc[pos - 1].Span)) pos--;
        if (pos <= s.FirstToken || doc[pos - 1].Span is not ",") return null;
        var boss = earlier.LastOrDefault(e => e.FirstToken + e.TokenCount == pos - 1 && e.Actor?.Country is not null);
        if (boss is null || boss.FirstToken < 2 || doc[boss.FirstToken - 1].Span is not ("to" or "of")) return null;
        int agentStart = m.AgentEndingAt(boss.FirstToken - 1);
        if (agentStart < s.FirstToken) return null;
        var (code, _, _) = m.AgentAt(agentStart);
        var agent = code!.Length > 3 ? code[..3] : code;
        var country = boss.Actor!.Country;
        return new Actor(country + agent, country, agent, name) { Role = doc.Slice(agentStart, boss.FirstToken - 1 - agentStart).Text };
    }

    private static (Actor?, string?, string?, int) Pronoun(Discourse d, Mention mention, int sentence, int speaker) =>
        d.ForPronoun(mention.FirstToken, sentence, speaker) is { Actor: { } a } r ? (a, "coreference:pronoun", r.TitleKey, mention.FirstToken) : (null, null, null, mention.FirstToken);

    private (Actor?, string?, string?, int) RoleNoun(Doc doc, DocMatches m, ref Mention mention, Discourse d, List<Mention> earlier)
    {
        int first = mention.FirstToken, end = first + mention.TokenCount;
        int agentStart = first;
        while (agentStart < end && m.AgentAt(agentStart).Code is null) agentStart++;
        var (code, _, phrase) = m.AgentAt(agentStart);
        var agent = code!.Length > 3 ? code[..3] : code;
        var roleText = doc.Slice(agentStart, end - agentStart).Text;
        if (agentStart > first && doc[first].Span is not ("the" or "The"))
        {
            // "Iraqi security forces", "Iran-aligned militias": the country comes from the demonym or name before the role.
            var country = CountryAt(m, first, doc.Published);
            bool affiliation = false;
            for (int t = first; t < agentStart; t++) affiliation |= Affiliations.Contains(doc[t].Text);
            if (country is not null)
                return (new Actor(country + agent, country, agent, mention.Text) { Role = roleText }, affiliation ? "affiliation+role" : "demonym+role", null, first);
        }
        if (CountryBefore(doc, first, earlier) is { } named)
            return (new Actor(named + agent, named, agent, mention.Text) { Role = roleText }, "coreference:country", null, first);
        if (RoleOwner.IsNonState(doc, m, doc.Entities, code, agentStart, end)) return (null, NonState, null, first);
        var key = TitleKey(phrase);
        if (doc[first].Span is "the" or "The" && key is not null && d.ByTitle(key) is { } holder)
        {
            if (end + 1 < doc.TokenCount && doc[end].Span is "'s" or "’s" && doc[end + 1].Span is "office" or "Office")
            {
                mention = RoleMentionFinder.Make(doc, first, end + 2, RoleMentionFinder.Role);
                var c = holder.Actor!.Country;
                return (new Actor(c + "GOV", c, "GOV", $"office of {holder.Actor!.Name}"), "coreference:office", null, first);
            }
            return (holder.Actor, "coreference:title", key, first);
        }
        return (new Actor(agent, null, agent, mention.Text) { Role = roleText }, "role", null, first);
    }

    private (Actor?, string?, string?, int) Group(Doc doc, DocMatches m, Mention mention, Discourse d)
    {
        int first = mention.FirstToken, end = first + mention.TokenCount;
        if (doc[first].Span is "the" or "The" && end - first > 1) first++;
        if (end - first == 1 && IsLowerShortWord(doc[first].Span)) return (null, null, null, first);
        if (m.Exact(first, end)?.RoleAt(doc.Published) is { Code: { } code })
            return (Make(code, mention.Text), "dictionary", null, first);
        // "Iraqis": a plural demonym names the country's people.
        if (mention.Label == "NORP" && end - first == 1 && mention.Text.EndsWith('s') &&
            _dict.Lookup(mention.Text[..^1])?.RoleAt(doc.Published) is { Code: { Length: 3 } people } && _dict.IsCountry(people))
            return (Make(people, mention.Text), "demonym", null, first);
        if (mention.Label == "ORG" && d.ByGroupName(Pieces.Of(doc.Slice(first, end - first).Text)) is { } known)
            return (known.Actor, "coreference:name", null, first);
        // The longest dictionary name that ends the mention is its head: "the Iranian Revolutionary Guard".
        for (int t = first + 1; t < end; t++)
            if (m.ActorAt(t).End == end && TitleReader.Code(m, t, doc.Published) is { } head)
                return (Make(head, mention.Text), "dictionary:head", null, first);
        string? country = null, agent = null;
        bool affiliation = false;
        for (int t = first; t < end; t++)
        {
            if (m.AgentAt(t).Code is { } a) agent = a.Length > 3 ? a[..3] : a;
            if (country is null && CountryAt(m, t, doc.Published) is { } c) country = c;
            affiliation |= Affiliations.Contains(doc[t].Text);
        }
        if (country is null && first >= 2 && Affiliations.Contains(doc[first - 1].Text))
        {
            int t = first - 2;
            if (doc[t].Span is "-" && t > 0) t--;
            while (t > 0 && m.ActorAt(t).Entries.Count == 0) t--;
            country = CountryAt(m, t, doc.Published);
            affiliation = country is not null;
        }
        if (mention.Label == "NORP" || (agent is null && !affiliation)) return country is null ? (null, null, null, first) : (Make(country, mention.Text), mention.Label == "NORP" ? (affiliation ? "affiliation" : "demonym") : "dictionary:part", null, first);
        return (new Actor((country ?? "") + agent, country, agent, mention.Text), affiliation ? "affiliation" : "organisation-name", null, first);
    }

    /// <summary>
    /// "us", "un", "eu": the letters of an abbreviation written in lower case are a word ("writing stuff for us"), not the
    /// name. No country or organisation is named by a word of three letters or fewer except as an abbreviation.
    /// </summary>
    private static bool IsLowerShortWord(ReadOnlySpan<char> w)
    {
        if (w.Length > 3) return false;
        foreach (var c in w) if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>"the country's military", "the nation's army": the country last named before it, in its sentence or the one before.</summary>
    private string? CountryBefore(Doc doc, int first, List<Mention> earlier)
    {
        if (first < 3 || doc[first - 1].Span is not ("'s" or "’s") || doc[first - 2].Span is not ("country" or "nation")
            || doc[first - 3].Span is not ("the" or "The")) return null;
        int sentence = doc.SentenceOf(first);
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var e = earlier[i];
            if (doc.SentenceOf(e.FirstToken) < sentence - 1) break;
            if (e.Label is "LOC" or "NORP" && e.Actor is { Code: { Length: 3 } c } && _dict.IsCountry(c)) return c;
        }
        return null;
    }

    private string? CountryAt(DocMatches m, int token, DateOnly? date)
    {
        var code = TitleReader.Code(m, token, date);
        return code is { Length: >= 3 } && _dict.IsCountry(code[..3]) && code.Length == 3 ? code : null;
    }

    private Actor Make(string code, string name)
    {
        var (country, agent) = _dict.Split(code);
        return new Actor(code, country, agent, name);
    }

    /// <summary>Titles compared across the article: "PM" and "prime minister" are one title.</summary>
    private static string? TitleKey(string? role)
    {
        if (role is null) return null;
        var key = Pieces.Key(role);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        foreach (var mod in new[] { "former ", "top ", "deputy " }) if (key.StartsWith(mod, StringComparison.Ordinal)) return null;
        return key switch { "pm" => "prime minister", "fm" => "foreign minister", _ => key };
    }
}
