using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>One person or group an article resolved: what the store's actor registry keeps (names, code, role, where it was learned).</summary>
/// <remarks><see cref="FirstSentence"/> is the 0-based sentence of the first mention; <see cref="Mentions"/> counts every mention, pronouns included.</remarks>
public sealed record ResolvedActor(
    string Name, IReadOnlyList<string> Aliases, string Code, string? Country, string? Agent, string? Role,
    string ArticleId, int FirstSentence, int Mentions, DateOnly? Published);

/// <summary>Collects the resolved actors of a document after <see cref="ActorResolver"/> ran.</summary>
public static class ResolvedActors
{
    /// <summary>People and groups with a code, grouped by name and code; places (LOC) and pronoun-only referents are left out.</summary>
    public static IReadOnlyList<ResolvedActor> From(Doc doc)
    {
        var groups = new Dictionary<(string, string), (List<Mention> Mentions, int First)>();
        var order = new List<(string, string)>();
        foreach (var m in doc.Entities)
        {
            if (m.Actor is not { Code: { } code, Name: { } name } || m.Label == "LOC") continue;
            var key = (name, code);
            if (!groups.TryGetValue(key, out var g))
            {
                groups[key] = g = ([], doc.SentenceOf(m.FirstToken));
                order.Add(key);
            }
            g.Mentions.Add(m);
        }
        var result = new List<ResolvedActor>();
        foreach (var key in order)
        {
            var (mentions, first) = groups[key];
            if (mentions.TrueForAll(m => m.Label == "PRON")) continue;
            var actor = mentions[0].Actor!;
            var aliases = mentions.Where(m => m.Label != "PRON").Select(m => m.Text).Where(t => t != actor.Name)
                .Distinct(StringComparer.Ordinal).ToList();
            var role = mentions.Select(m => m.Actor!.Role).FirstOrDefault(r => r is not null);
            result.Add(new ResolvedActor(actor.Name!, aliases, key.Item2, actor.Country, actor.Agent, role,
                doc.Id, first, mentions.Count, doc.Published));
        }
        return result;
    }
}
