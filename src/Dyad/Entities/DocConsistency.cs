using Dyad.Documents;

namespace Dyad.Entities;

/// <summary>
/// One name, one label across the document: a later bare surname ("Sudani" after "Mohammed Shia al-Sudani"),
/// the head of an organisation named in full ("Coalition" after "International Coalition"), or an acronym
/// defined in brackets after a name ("Housing Authority of New Orleans ( HANO )") is the same entity wherever
/// it recurs, even where the model, seeing it alone, missed it.
/// </summary>
internal static class DocConsistency
{
    public static void Apply(Doc doc)
    {
        var single = SingleWordVotes(doc);
        Dictionary<string, string>? known = null;
        // The document's own votes on a one-word name come first: "Firefox" tagged ORG on its own outweighs a
        // span that happened to end in it.
        if (single is not null)
            foreach (var (text, label) in single) Add(ref known, text, label);
        foreach (var m in doc.Entities)
        {
            if (m.Label is not ("PER" or "ORG" or "LOC")) continue;
            int end = m.FirstToken + m.TokenCount;
            // "NAME ( ACRONYM )": the acronym names the same entity.
            if (end + 2 < doc.TokenCount && doc[end].Span is "(" && doc[end + 2].Span is ")" && IsAcronym(doc[end + 1].Span))
                Add(ref known, doc[end + 1].Text, m.Label);
            if (m.TokenCount == 1 && m.Label == "ORG" && IsAcronym(doc[m.FirstToken].Span))
                Add(ref known, m.Text, m.Label);
            if (m.TokenCount < 2 || m.Label == "LOC") continue;
            var last = doc[end - 1];
            if (last.Length <= 2 || !char.IsUpper(last.Span[0])) continue;
            if (m.Label == "ORG" && !HeadNounRules.IsOrgHead(last.Span)) continue;
            Add(ref known, last.Text, m.Label);
        }
        RepeatNames(doc);
        if (known is null) return;
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        int before = doc.Entities.Count;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (doc[t].Entity is not null || !lookup.TryGetValue(doc[t].Span, out var label)) continue;
            // Followed by a tagged word or another capitalised one, it is part of some other name ("Analyst Team").
            if (t + 1 < doc.TokenCount && (doc[t + 1].Entity is not null || IsCapitalised(doc[t + 1].Span))) continue;
            doc.SetEntityTag(t, BilouLabels.ToIob2(-1, BilouLabels.Make(BilouLabels.TypeIndex(label), 3)));
            doc.Entities.Add(EntityRecognizer.MentionOf(doc, t, 1, label));
        }
        if (doc.Entities.Count > before) doc.Entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>A name of several words ("Burger King") repeated untagged elsewhere in the document is the same name.</summary>
    private static void RepeatNames(Doc doc)
    {
        Dictionary<string, List<Mention>>? byFirst = null;
        foreach (var m in doc.Entities)
        {
            if (m.TokenCount is < 2 or > 6 || BilouLabels.TypeIndex(m.Label) < 0) continue;
            byFirst ??= new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
            var first = doc[m.FirstToken].Text;
            if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = [];
            list.Add(m);
        }
        if (byFirst is null) return;
        var lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        int before = doc.Entities.Count;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (doc[t].Entity is not null || !lookup.TryGetValue(doc[t].Span, out var candidates)) continue;
            if (t > 0 && doc[t - 1].Entity is not null) continue;
            foreach (var m in candidates)
            {
                int n = m.TokenCount;
                if (!Repeats(doc, m, t)) continue;
                int type = BilouLabels.TypeIndex(m.Label);
                for (int k = 0; k < n; k++)
                    doc.SetEntityTag(t + k, BilouLabels.ToIob2(k == 0 ? -1 : BilouLabels.Make(type, 0), BilouLabels.Make(type, k == 0 ? 0 : k == n - 1 ? 2 : 1)));
                doc.Entities.Add(EntityRecognizer.MentionOf(doc, t, n, m.Label));
                t += n - 1;
                break;
            }
        }
        if (doc.Entities.Count > before) doc.Entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>Whether the words from <paramref name="t"/> repeat <paramref name="m"/>'s, untagged and not running on into a tagged word.</summary>
    private static bool Repeats(Doc doc, Mention m, int t)
    {
        int n = m.TokenCount;
        if (t + n > doc.TokenCount || (t + n < doc.TokenCount && doc[t + n].Entity is not null)) return false;
        for (int k = 0; k < n; k++)
            if (doc[t + k].Entity is not null || !doc[t + k].Span.SequenceEqual(doc[m.FirstToken + k].Span)) return false;
        return true;
    }

    /// <summary>
    /// One-word names ("Google", "Firefox") by their most frequent label in the document: minority labels are
    /// relabelled, and the winners are returned so that untagged occurrences can join them.
    /// </summary>
    private static Dictionary<string, string>? SingleWordVotes(Doc doc)
    {
        Dictionary<string, int[]>? votes = null;
        foreach (var m in doc.Entities)
        {
            if (m.TokenCount != 1 || m.Text.Length <= 2 || !char.IsUpper(m.Text[0])) continue;
            int type = BilouLabels.TypeIndex(m.Label);
            if (type < 0) continue;
            votes ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
            if (!votes.TryGetValue(m.Text, out var v)) votes[m.Text] = v = new int[BilouLabels.Types.Length];
            v[type]++;
        }
        if (votes is null) return null;
        var winners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, v) in votes)
        {
            int best = 0;
            for (int t = 1; t < v.Length; t++) if (v[t] > v[best]) best = t;
            if (Array.FindAll(v, c => c == v[best]).Length == 1) winners[text] = BilouLabels.Types[best];
        }
        for (int i = 0; i < doc.Entities.Count; i++)
        {
            var m = doc.Entities[i];
            if (m.TokenCount != 1 || !winners.TryGetValue(m.Text, out var label) || label == m.Label || BilouLabels.TypeIndex(m.Label) < 0) continue;
            doc.Entities[i] = m with { Label = label };
            doc.SetEntityTag(m.FirstToken, BilouLabels.ToIob2(-1, BilouLabels.Make(BilouLabels.TypeIndex(label), 3)));
        }
        return winners;
    }

    private static void Add(ref Dictionary<string, string>? known, string text, string label)
    {
        known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        known.TryAdd(text, label);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]);

    /// <summary>Two to six capitals (digits and "&amp;" allowed after the first): "HANO", "IRGC", "AT&amp;T".</summary>
    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 6 || !char.IsUpper(w[0])) return false;
        foreach (char c in w) if (!(char.IsUpper(c) || char.IsDigit(c) || c == '&')) return false;
        return true;
    }
}
