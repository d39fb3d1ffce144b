using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>
/// Adds the mentions the recogniser does not make: role nouns ("security forces", "the PM", "Iraqi officials",
/// labelled ROLE, absorbing a preceding NORP) and subject pronouns ("he", "she", labelled PRON).
/// </summary>
internal static class RoleMentionFinder
{
    public const string Role = "ROLE";
    public const string Pronoun = "PRON";

    /// <summary>Agents worth a mention of their own when no name or demonym comes with them.</summary>
    private static readonly string[] BareAgents = ["GOV", "MIL", "COP", "REB", "SPY", "JUD", "LEG", "OPP", "INS", "SEP", "ELI"];

    public static List<Mention> Find(Doc doc, DocMatches m, IReadOnlyList<Mention> entities)
    {
        var covered = new int[doc.TokenCount];
        Array.Fill(covered, -1);
        for (int e = 0; e < entities.Count; e++)
            for (int t = entities[e].FirstToken; t < entities[e].FirstToken + entities[e].TokenCount; t++) covered[t] = e;
        var result = new List<Mention>();
        var absorbed = new HashSet<int>();
        bool pos = doc.Layers.HasFlag(Processing.Layers.Pos);
        for (int t = 0; t < doc.TokenCount; t++)
        {
            var w = doc[t].Span;
            if (covered[t] < 0 && (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(Make(doc, t, t + 1, Pronoun));
                continue;
            }
            var (code, end, _) = m.AgentAt(t);
            if (code is null || AnyCovered(covered, t, end) || TitlesName(doc, entities, covered, end)) continue;
            if (pos && doc[end - 1].Upos is not (Upos.NOUN or Upos.PROPN or Upos.None)) continue;
            if (InsideName(doc, m, covered, t, end)) continue;
            int first = t;
            int norp = t > 0 ? covered[t - 1] : -1;
            // "Iran - aligned militias" where the recogniser tagged only "Iran".
            if (norp < 0 && t >= 3 && IsAffix(doc[t - 1].Span) && doc[t - 2].Span is "-") norp = covered[t - 3];
            // "Thailand's foreign minister": a country's possessive gives the role its country, as a demonym does.
            if (norp < 0 && t >= 2 && doc[t - 1].Span is "'s" or "’s" && covered[t - 2] >= 0 && IsCountryName(doc, m, entities[covered[t - 2]], t - 1))
                norp = covered[t - 2];
            if (norp >= 0 && entities[norp].Label is "NORP" or "LOC")
            {
                first = entities[norp].FirstToken;
                absorbed.Add(norp);
            }
            else if (!BareAgents.Contains(code.Length > 3 ? code[..3] : code)) continue;
            else if (GenericBodies(doc, t, end, pos)) continue;
            else if (code.StartsWith("MIL", StringComparison.Ordinal) && IsWeapon(doc[end - 1].Span)) continue;
            // A bare "office" ("once in office", "his MIT office") names no holder; "the Sheriff's office" has one.
            else if (end - t == 1 && IsOffice(w) && (t == 0 || doc[t - 1].Span is not ("'s" or "’s"))) continue;
            else if (t > 0 && doc[t - 1].Span is "the" or "The") first = t - 1;
            result.Add(Make(doc, first, end, Role));
            t = end - 1;
        }
        for (int e = 0; e < entities.Count; e++)
            if (!absorbed.Contains(e)) result.Add(entities[e]);
        result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return result;
    }

    /// <summary>A role noun right before a person's name is that person's title, not a mention of its own.</summary>
    private static bool TitlesName(Doc doc, IReadOnlyList<Mention> entities, int[] covered, int end)
    {
        int t = end;
        while (t < doc.TokenCount && covered[t] < 0 && TitleReader.IsModifier(doc[t].Span)) t++;
        return t < doc.TokenCount && covered[t] >= 0 && entities[covered[t]].Label == "PER" && entities[covered[t]].FirstToken == t;
    }

    /// <summary>
    /// A capitalised role word inside a longer capitalised name the recogniser missed ("Information System and Intelligence
    /// System", "Wright-Patterson Air Force Base") names a thing, not a state's agent: the next word goes on with the name
    /// (capitalised, no entity, no agent word of its own), and the role word is not at the start of a sentence.
    /// </summary>
    private static bool InsideName(Doc doc, DocMatches m, int[] covered, int first, int end)
    {
        if (end >= doc.TokenCount || !char.IsUpper(doc[first].Span[0])) return false;
        int sentence = doc.SentenceOf(first);
        if (doc.Sentences[sentence].FirstToken == first || doc.SentenceOf(end) != sentence) return false;
        return char.IsUpper(doc[end].Span[0]) && covered[end] < 0 && m.AgentAt(end).Code is null;
    }

    /// <summary>Bodies a state has one of: their bare plural names such bodies in general, or something else.</summary>
    private static readonly string[] StateBodies =
        ["cabinet", "government", "parliament", "ministry", "legislature", "army", "navy", "court", "council", "administration", "regime"];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "'s", "’s", "both", "each" };

    /// <summary>
    /// A plural of a body a state has one of, with no country cue and no determiner or owner before its modifiers ("stored in
    /// approved security cabinets", "Armies cannot conquer science"), is no one actor: furniture, or such bodies in general.
    /// "the cabinets of both countries" and "Iraqi ministries" keep their mentions.
    /// </summary>
    private static bool GenericBodies(Doc doc, int first, int end, bool pos)
    {
        var head = doc[end - 1].Span;
        if (!IsPluralOf(head, StateBodies)) return false;
        // Walk back over the modifiers ("approved security"): a determiner or owner makes the phrase specific.
        for (int t = first - 1, k = 0; t >= 0 && k < 3 && doc.SentenceOf(t) == doc.SentenceOf(first); t--, k++)
        {
            var w = doc[t].Span;
            if (Determiners.Contains(doc[t].Text)) return false;
            if (!char.IsLower(w[0]) || pos && doc[t].Upos is not (Upos.ADJ or Upos.NOUN or Upos.VERB or Upos.ADV or Upos.NUM)) return true;
        }
        return true;
    }

    /// <summary>
    /// Weapons and war machines the Phoenix agents file lists as MIL ("ARTILLERY", "WARPLANE", "F-16"): with a country
    /// ("Israeli warplanes", "North Korea's artillery") they stand for that state's forces, as PETRARCH reads them; alone
    /// ("exchanged artillery fire", "fired dozens of rounds of artillery") they are the instrument of an act, not an actor.
    /// </summary>
    private static readonly string[] Weapons =
    [
        "artillery", "missile", "rocket", "jet", "aircraft", "drone", "uav", "plane", "warplane", "helicopter", "gunship",
        "bomber", "fighter", "warship", "ship", "vessel", "boat", "destroyer", "frigate", "corvette", "cruiser", "carrier",
        "battleship", "battlewagon", "submarine", "tank", "vehicle", "humvee", "hmmwv", "gun", "system", "apache", "chinook",
        "raptor", "hornet", "reaper", "predator", "osprey", "typhoon", "falcon", "kfir", "phalanx",
    ];

    private static bool IsWeapon(ReadOnlySpan<char> head)
    {
        // Model designations ("F-16", "B-52", "Su-24") carry a digit; no person or body of people does.
        foreach (var c in head) if (char.IsDigit(c)) return true;
        foreach (var w in Weapons) if (head.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return IsPluralOf(head, Weapons);
    }

    /// <summary>"cabinets" of "cabinet", "armies" of "army", "ministries" of "ministry".</summary>
    private static bool IsPluralOf(ReadOnlySpan<char> word, string[] singulars)
    {
        if (word.Length < 4 || word[^1] is not ('s' or 'S')) return false;
        foreach (var sg in singulars)
        {
            if (sg[^1] == 'y' && word.Length == sg.Length + 2 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase)
                && word.StartsWith(sg.AsSpan(0, sg.Length - 1), StringComparison.OrdinalIgnoreCase)) return true;
            if (word.Length == sg.Length + 1 && word.StartsWith(sg, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A place mention that ends right before <paramref name="end"/> and is a country's name ("Thailand", not "Baghdad").</summary>
    private static bool IsCountryName(Doc doc, DocMatches m, Mention place, int end) =>
        place.Label == "LOC" && place.FirstToken + place.TokenCount == end
        && TitleReader.Code(m, place.FirstToken, doc.Published) is { Length: 3 } code && m.Dictionary.IsCountry(code);

    private static bool IsOffice(ReadOnlySpan<char> w) =>
        w.Equals("office", StringComparison.OrdinalIgnoreCase) || w.Equals("offices", StringComparison.OrdinalIgnoreCase);

    private static bool IsAffix(ReadOnlySpan<char> w) =>
        w is "aligned" or "led" or "backed" or "allied" or "linked" or "affiliated" or "sponsored";

    private static bool AnyCovered(int[] covered, int first, int end)
    {
        for (int t = first; t < end; t++) if (covered[t] >= 0) return true;
        return false;
    }

    public static Mention Make(Doc doc, int first, int end, string label)
    {
        var span = doc.Slice(first, end - first);
        return new Mention(first, end - first, span.StartChar, span.EndChar, label, span.Text);
    }
}
