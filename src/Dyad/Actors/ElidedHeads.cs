using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>Gives the first member of an elided coordination its own actor: "North and South Korea" names North Korea too.</summary>
/// <remarks>
/// The recogniser tags only "South Korea" (the words before "and" are no name alone), so the first country was lost.
/// A capitalised word that no coded mention covers, then "and"/"or", then a coded name of several words, is a name of
/// its own when that word followed by the name's remaining words ("North" + "Korea") is a dictionary entry: the entry
/// decides, so "Seoul and South Korea" or "Monday and South Korea" add nothing.
/// </remarks>
internal static class ElidedHeads
{
    /// <summary>The evidence of an actor read from an elided coordination.</summary>
    public const string Evidence = "elided head";

    public static void Apply(Doc doc, ActorDictionary dict, List<Mention> resolved)
    {
        for (int i = 0; i < resolved.Count; i++)
        {
            var m = resolved[i];
            int y = m.FirstToken;
            if (m.Actor?.Code is null || m.TokenCount < 2 || m.Label is "PER" or RoleMentionFinder.Role or RoleMentionFinder.Pronoun
                || y < 2 || doc[y - 1].Span is not ("and" or "or") || !IsCapitalisedWord(doc[y].Span)) continue;
            int x = y - 2;
            if (!IsCapitalisedWord(doc[x].Span) || doc.SentenceOf(x) != doc.SentenceOf(y)) continue;
            int previous = i > 0 && resolved[i - 1].Covers(x) ? i - 1 : -1;
            // An uncoded one-word mention of the same word may be replaced; anything else already names someone.
            if (previous >= 0 && (resolved[previous].Actor?.Code is not null || resolved[previous].TokenCount != 1)) continue;
            if (Entry(doc, dict, x, y + 1, y + m.TokenCount)?.RoleAt(doc.Published) is not { Code: { } code }) continue;
            var (country, agent) = dict.Split(code);
            var name = doc[x].Text + " " + doc.Slice(y + 1, m.TokenCount - 1).Text;
            var elided = new Mention(x, 1, doc[x].Start, doc[x].End, m.Label, doc[x].Text)
            { Actor = new Actor(code, country, agent, name), Evidence = Evidence };
            if (previous >= 0) resolved[previous] = elided;
            else
            {
                resolved.Insert(i, elided);
                i++;
            }
        }
    }

    /// <summary>The dictionary entry named exactly by token <paramref name="first"/> followed by tokens [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private static ActorEntry? Entry(Doc doc, ActorDictionary dict, int first, int from, int end)
    {
        var seq = new PieceSequence();
        seq.Reset(0);
        seq.Add(doc[first].Span, dict.Actors.Vocabulary);
        for (int t = from; t < end; t++) seq.Add(doc[t].Span, dict.Actors.Vocabulary);
        var (node, stop) = dict.Actors.Longest(seq, 0);
        return node < 0 || stop != 1 + end - from ? null : dict.Entry(dict.Actors.PayloadsAt(node)[0]);
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]);
}
