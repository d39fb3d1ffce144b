using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>
/// The one country an article is clearly about, when it has one: the dateline's, the headline's (unless the body
/// says otherwise) or the body's dominant country. It gives titles and role nouns without a country cue their
/// country ("Prime Minister Rishi Sunak" in an article about the UK), and says so in the mention's evidence.
/// </summary>
/// <remarks>
/// Conservative by design: only state agents (a government, army, police, court, legislature, spy service) take the
/// article's country, and two countries that both figure in the article give none.
/// </remarks>
internal static class ArticleCountry
{
    /// <summary>Agents that belong to a state, so that "the interior ministry" of a one-country article is that state's.</summary>
    private static readonly HashSet<string> StateAgents = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateAgentPrefixes = StateAgents.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when an agent code starts with a state agent ("GOV", "MILGOV" read as "MIL"); the first three letters name the role.</summary>
    public static bool IsStateAgent(string agent) => StateAgentPrefixes.Contains(agent.AsSpan(0, Math.Min(3, agent.Length)));

    /// <summary>The evidence of mentions that name a role but no country, and so may take the article's.</summary>
    private static readonly HashSet<string> RoleOnly = ["title", "apposition", "role", "organisation-name"];

    /// <summary>Fills the country of state-agent mentions that lack one, when the article names one country clearly.</summary>
    public static void Apply(Doc doc, DocMatches m, List<Mention> mentions)
    {
        if (!mentions.Exists(NeedsCountry)) return;
        var (country, source) = Infer(doc, m, mentions);
        if (country is null) return;
        var replaced = new Dictionary<Actor, Actor>(ReferenceEqualityComparer.Instance);
        var vetoed = OtherCountrySentences(doc, mentions, country);
        // A role noun left without a country once ("security forces" beside "American troops") keeps none
        // anywhere in the article, so that two reports of one event still name one actor.
        var doubtful = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (NeedsCountry(mention) && vetoed.Contains(doc.SentenceOf(mention.FirstToken))) doubtful.Add(RoleKey(mention));
        foreach (var mention in mentions)
            if (NeedsCountry(mention) && !replaced.ContainsKey(mention.Actor!) && !doubtful.Contains(RoleKey(mention)))
                replaced[mention.Actor!] = mention.Actor! with { Code = country + mention.Actor!.Code, Country = country };
        // Later names, titles and pronouns share the antecedent's actor, so they follow it.
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Actor is { } a && replaced.TryGetValue(a, out var filled))
                mentions[i] = mentions[i] with { Actor = filled, Evidence = $"{mentions[i].Evidence}; country from the {source}" };
    }

    /// <summary>
    /// Sentences that name another country ("France's interior minister", "Malaysia's Prime Minister"): a title
    /// there may be that country's, so it keeps no country rather than the article's.
    /// </summary>
    private static HashSet<int> OtherCountrySentences(Doc doc, List<Mention> mentions, string country)
    {
        var sentences = new HashSet<int>();
        foreach (var mention in mentions)
            if (mention.Actor?.Country is { } c && c != country) sentences.Add(doc.SentenceOf(mention.FirstToken));
        return sentences;
    }

    /// <summary>"The Security forces" and "security forces" are one role; a person's name is its own key.</summary>
    /// <remarks>"the" is dropped as a whole piece, so a word that merely ends in it ("lathe") keeps its letters.</remarks>
    internal static string RoleKey(Mention m) =>
        m.Label == RoleMentionFinder.Role ? string.Join(' ', Pieces.Of(m.Text).Where(p => p != "the")) : m.Label + ":" + m.Text;

    private static bool NeedsCountry(Mention m) =>
        m.Actor is { Country: null, Agent: { } agent, Code: { } code } && code == agent && StateAgents.Contains(agent)
        && m.Evidence is { } e && RoleOnly.Contains(e) && (agent != "JUD" || IsCourt(m.Actor.Role ?? m.Text));

    /// <summary>
    /// The agent list files attorneys, lawyers and counsel under JUD, but they are no organ of a state (on the
    /// Wikinews sample 14 of 19 JUD mentions that took a country were private lawyers), so only courts and judges do.
    /// </summary>
    private static bool IsCourt(string role) =>
        role.Contains("court", StringComparison.OrdinalIgnoreCase) || role.Contains("judge", StringComparison.OrdinalIgnoreCase)
        || role.Contains("justice", StringComparison.OrdinalIgnoreCase) || role.Contains("tribunal", StringComparison.OrdinalIgnoreCase);

    /// <summary>The article's country and where it came from ("dateline", "headline", "article"), or (null, null).</summary>
    public static (string? Country, string? Source) Infer(Doc doc, DocMatches m, IReadOnlyList<Mention> mentions)
    {
        if (Dateline(doc, mentions) is { } placed) return (placed, "dateline");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (CountryOf(m.Dictionary, mention) is { } c) counts[c] = counts.GetValueOrDefault(c) + 1;
        var (head, several) = Headline(doc, m.Dictionary);
        if (several) return (null, null);
        if (head is not null)
        {
            // The headline's country stands unless another has two thirds of its mentions in the body.
            int lead = counts.GetValueOrDefault(head);
            return counts.All(kv => kv.Key == head || kv.Value * 3 < lead * 2) ? (head, "headline") : (null, null);
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 3) return (null, null);
        // Without a headline the leader needs three times the runner-up's mentions.
        return ranked.Count == 1 || ranked[1].Value * 3 <= ranked[0].Value ? (ranked[0].Key, "article") : (null, null);
    }

    /// <summary>Country names, places and demonyms the resolver tied to a country, with "Iraqi" in "Iraqi forces".</summary>
    private static string? CountryOf(ActorDictionary dict, Mention mention)
    {
        if (mention.Actor is not { Country: { } c, Code: { } code }) return null;
        return mention.Label switch
        {
            "LOC" or "NORP" or "GPE" when code.Length == 3 && dict.IsCountry(code) => c,
            RoleMentionFinder.Role when mention.Evidence is "demonym+role" or "affiliation+role" => c,
            _ => null,
        };
    }

    /// <summary>The country of the dateline's places ("BAGHDAD, Iraq (Reuters) —"), when they all name one.</summary>
    private static string? Dateline(Doc doc, IReadOnlyList<Mention> mentions)
    {
        var places = Documents.Dateline.Places(doc, t => PlaceAt(mentions, t)?.TokenCount ?? 0);
        string? country = null;
        foreach (var t in places)
        {
            var c = PlaceAt(mentions, t)!.Actor!.Country;
            if (country is not null && country != c) return null;
            country = c;
        }
        return country;
    }

    /// <summary>A place mention with a country that starts at the token.</summary>
    private static Mention? PlaceAt(IReadOnlyList<Mention> mentions, int t) =>
        mentions.FirstOrDefault(e => e.FirstToken == t && e.Label is "LOC" or "GPE" && e.Actor?.Country is not null);

    /// <summary>The one country the headline names (capitalised country, place or demonym words); several means two compete.</summary>
    private static (string? Country, bool Several) Headline(Doc doc, ActorDictionary dict)
    {
        if (string.IsNullOrWhiteSpace(doc.Title)) return (null, false);
        var words = doc.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seq = new PieceSequence();
        seq.Reset(0);
        foreach (var w in words) seq.Add(w, dict.Actors.Vocabulary);
        string? found = null;
        for (int t = 0; t < words.Length; t++)
        {
            var word = words[t].TrimStart('\'', '"', '‘', '“', '(');
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            var (node, end) = dict.Actors.Longest(seq, t, 6);
            if (node < 0) continue;
            var code = dict.Entry(dict.Actors.PayloadsAt(node)[0]).RoleAt(doc.Published)?.Code;
            if (code is { Length: 3 } && dict.IsCountry(code))
            {
                if (found is not null && found != code) return (null, true);
                found = code;
            }
            t = end - 1;
        }
        return (found, false);
    }
}
