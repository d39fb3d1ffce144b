using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>
/// Finds the named owner of a role noun or title ("Scientology officials", "president of the International
/// Brotherhood of Magicians", "Muslim Student Association president") when that owner is no state body: the role is
/// then the organisation's own office, not a government's.
/// </summary>
internal static class RoleOwner
{
    /// <summary>True when a non-state ORG or PER ends right before <paramref name="first"/>, or a non-state ORG follows "of (the)" at <paramref name="end"/>.</summary>
    /// <remarks>
    /// Only government roles (GOV: officials, president, administration) are read this way: a sheriff, prosecutor or
    /// military adviser beside a name is still a state agent ("the Crown prosecutor", "Coalition military advisors").
    /// A person owns no plural role, so "Scientology officials" with Scientology taken for a person counts, while the
    /// "Hill administration" does not.
    /// </remarks>
    public static bool IsNonState(Doc doc, DocMatches m, IReadOnlyList<Mention> entities, string? agent, int first, int end)
    {
        if (agent is null || !agent.StartsWith("GOV", StringComparison.Ordinal)) return false;
        // "a Hill administration", "the Bush government": a body of government named after its head is a state's.
        if (first < doc.TokenCount && doc[first].Span is "administration" or "government" or "regime" or "cabinet") return false;
        bool plural = end > first && end <= doc.TokenCount && doc[end - 1].Span.EndsWith("s");
        foreach (var e in entities)
        {
            int eEnd = e.FirstToken + e.TokenCount;
            if (eEnd == first && (e.Label == "ORG" || (e.Label == "PER" && plural)) && !IsStateBody(doc, m, e)) return true;
        }
        int t = end;
        if (t < doc.TokenCount && doc[t].Span is "of") t++;
        if (t > end && t < doc.TokenCount && doc[t].Span is "the") t++;
        foreach (var e in entities)
            if (e.FirstToken == t && e.Label == "ORG" && !IsStateBody(doc, m, e)) return true;
        return false;
    }

    /// <summary>
    /// A country, a government, army, police, court, legislature or spy service, or an IGO: by the dictionary's code
    /// for the name, or by a state agent word inside it ("Los Angeles Police Department").
    /// </summary>
    private static bool IsStateBody(Doc doc, DocMatches m, Mention e)
    {
        int end = e.FirstToken + e.TokenCount;
        for (int t = e.FirstToken; t < end; t++)
            if (m.AgentAt(t).Code is { } agent && ArticleCountry.IsStateAgent(agent)) return true;
        var code = (m.Exact(e.FirstToken, end) ?? First(m, e.FirstToken))?.RoleAt(doc.Published)?.Code;
        if (code is null) return false;
        if (code.StartsWith("IGO", StringComparison.Ordinal)) return true;
        var (country, a) = m.Dictionary.Split(code);
        return (country is not null && code.Length == 3) || (a is not null && ArticleCountry.IsStateAgent(a));
    }

    private static ActorEntry? First(DocMatches m, int token)
    {
        var (entries, _) = m.ActorAt(token);
        return entries.Count == 0 ? null : m.Dictionary.Entry(entries[0]);
    }
}
