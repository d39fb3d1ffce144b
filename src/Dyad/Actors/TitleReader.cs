using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>What a title or apposition says about a person: country, agent, the organisation they belong to, the title's words.</summary>
internal readonly record struct TitleEvidence(string? Country, string? Agent, string? OrgCode, string? Role, bool Former, int Start, int End)
{
    public bool HasRole => Agent is not null || OrgCode is not null;
}

/// <summary>Reads the titles around a name: "Iraqi Prime Minister X", "Hamas politburo chief X", "X, a former diplomat,".</summary>
internal static class TitleReader
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "top", "deputy", "acting", "senior", "then", "chief", "interim", "outgoing", "incoming", "new",
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "sheikh", "-", "led", "aligned", "backed", "'s", "’s",
    };

    public static bool IsModifier(ReadOnlySpan<char> word) => Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The title run that ends right before token <paramref name="first"/>, within the sentence.</summary>
    public static TitleEvidence Left(Doc doc, DocMatches m, int first, int sentenceStart, DateOnly? date)
    {
        string? country = null, agent = null, org = null, role = null;
        bool former = false;
        int pos = first;
        while (pos > sentenceStart)
        {
            int s = m.AgentEndingAt(pos);
            if (s >= sentenceStart && s >= 0)
            {
                var (code, _, _) = m.AgentAt(s);
                if (agent is null) { agent = code; role = doc.Slice(s, pos - s).Text; }
                // "US President Donald Trump": the dictionary's longest match "US President" (USAGOV) ends where the agent
                // word does and hides the country word inside it; its country is the title's.
                int whole = m.ActorEndingAt(pos);
                if (whole >= sentenceStart && whole < s && Code(m, whole, date) is { } phrase && m.Dictionary.Split(phrase).Country is { } owner
                    && m.Dictionary.IsCountry(owner))
                {
                    country ??= owner;
                    pos = whole;
                    continue;
                }
                pos = s;
                continue;
            }
            s = m.ActorEndingAt(pos);
            if (s >= sentenceStart && s >= 0 && Code(m, s, date) is { } c)
            {
                var (ctry, _) = m.Dictionary.Split(c);
                if (c.Length == 3 && ctry is not null) country ??= c;
                else org ??= c;
                pos = s;
                continue;
            }
            var w = doc[pos - 1].Span;
            if (!IsModifier(w)) break;
            former |= w.Equals("former", StringComparison.OrdinalIgnoreCase);
            pos--;
        }
        return new TitleEvidence(country, agent, org, role, former, pos, first);
    }

    /// <summary>An apposition right after the name: ", a former diplomat," or ", the Iraqi foreign minister".</summary>
    public static TitleEvidence Right(Doc doc, DocMatches m, int end, int sentenceEnd, DateOnly? date)
    {
        int pos = end;
        if (pos >= sentenceEnd || doc[pos].Span is not ",") return default;
        pos++;
        if (pos < sentenceEnd && doc[pos].Span is "a" or "an" or "the") pos++;
        string? country = null, agent = null, org = null, role = null;
        bool former = false;
        while (pos < sentenceEnd)
        {
            var (code, agentEnd, _) = m.AgentAt(pos);
            if (code is not null)
            {
                agent = code;
                role = doc.Slice(pos, agentEnd - pos).Text;
                pos = agentEnd;
                continue;
            }
            var (entries, actorEnd) = m.ActorAt(pos);
            if (entries.Count > 0 && Code(m, pos, date) is { } c)
            {
                if (c.Length == 3 && m.Dictionary.IsCountry(c)) country ??= c;
                else org ??= c;
                pos = actorEnd;
                continue;
            }
            var w = doc[pos].Span;
            if (!IsModifier(w) && w is not ("of" or "for" or "the")) break;
            former |= w.Equals("former", StringComparison.OrdinalIgnoreCase);
            pos++;
        }
        if (agent is null) return default;
        return new TitleEvidence(country, agent, org, role, former, end, pos);
    }

    /// <summary>The dated code of the longest actor match starting at <paramref name="token"/>.</summary>
    public static string? Code(DocMatches m, int token, DateOnly? date)
    {
        var (entries, _) = m.ActorAt(token);
        return entries.Count == 0 ? null : m.Dictionary.Entry(entries[0]).RoleAt(date)?.Code;
    }

    /// <summary>The actor a title describes: the organisation's code, or country + agent, with "former" making an elite (ELI).</summary>
    public static Actor? ToActor(ActorDictionary dict, TitleEvidence t, string name)
    {
        if (!t.HasRole) return null;
        if (t.OrgCode is { } org)
        {
            var (oc, oa) = dict.Split(org);
            return new Actor(org, oc, oa, name) { Role = t.Role };
        }
        var agent = t.Former ? "ELI" : t.Agent!.Length > 3 ? t.Agent[..3] : t.Agent;
        return new Actor((t.Country ?? "") + agent, t.Country, agent, name) { Role = t.Role };
    }
}
