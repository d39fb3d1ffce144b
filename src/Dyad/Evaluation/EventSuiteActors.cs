using System.Globalization;
using Dyad.Documents;

namespace Dyad.Evaluation;

/// <summary>Resolves actors with PETRARCH-format actor and agent dictionaries, for the engine test suite's toy world.</summary>
/// <remarks>Longest match of dictionary phrases over upper-cased word forms; an agent ("government", "president")
/// in the same noun phrase as an actor joins it (ARN + ~GOV = ARNGOV); a lone agent gets "---". Date-limited
/// codes ([HOBGOV 19950601 - 19990815]) are chosen by the sentence date.</remarks>
internal sealed class EventSuiteActors
{
    private sealed record Entry(string[] Words, string? Code, List<(string Code, int From, int To)> Dated, bool Agent, bool AgentPrefix);

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    public static EventSuiteActors Load(string actorsPath, string agentsPath)
    {
        var r = new EventSuiteActors();
        r.ReadActors(File.ReadAllLines(actorsPath));
        r.ReadAgents(File.ReadAllLines(agentsPath));
        return r;
    }

    private void ReadActors(string[] lines)
    {
        var phrases = new List<string[]>();
        string? code = null;
        List<(string, int, int)> dated = [];
        void Flush()
        {
            foreach (var p in phrases) Add(new Entry(p, code, dated, false, false));
            phrases = [];
            code = null;
            dated = [];
        }
        foreach (var raw in lines)
        {
            var line = Strip(raw);
            if (line.Trim().Length == 0) continue;
            if (raw.StartsWith('\t') || raw.StartsWith("    ", StringComparison.Ordinal))
            {
                if (TryDated(line.Trim(), out var d)) dated.Add(d);
                continue;
            }
            line = line.Trim();
            if (line.StartsWith('+')) { phrases.Add(Words(CodeOff(line[1..], out _))); continue; }
            Flush();
            phrases.Add(Words(CodeOff(line, out code)));
        }
        Flush();
    }

    private void ReadAgents(string[] lines)
    {
        var subst = new Dictionary<string, string[]>();
        foreach (var raw in lines)
        {
            var line = Strip(raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('!') && line.Contains('='))
            {
                var parts = line.Split('=', 2);
                subst[parts[0].Trim()] = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var body = CodeOff(line, out var code);
            if (code is null) continue;
            bool prefix = code.EndsWith('~');
            code = code.Trim('~');
            int brace = body.IndexOf('{');
            var forms = new List<string> { brace >= 0 ? body[..brace] : body };
            if (brace >= 0 && body.IndexOf('}') is var close && close > brace)
                forms.AddRange(body[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else forms.Add(Plural(forms[0].Trim()));
            foreach (var f in forms)
            {
                var m = subst.Keys.FirstOrDefault(k => f.Contains(k, StringComparison.Ordinal));
                foreach (var expanded in m is null ? [f] : subst[m].Select(s => f.Replace(m, s)))
                    Add(new Entry(Words(expanded), code, [], true, prefix));
            }
        }
    }

    private void Add(Entry e)
    {
        if (e.Words.Length == 0) return;
        if (!_byFirst.TryGetValue(e.Words[0], out var list)) _byFirst[e.Words[0]] = list = [];
        list.Add(e);
    }

    /// <summary>Adds a mention for every actor (with its agent) found in the sentence.</summary>
    public void Resolve(Doc doc, Sentence s, int date)
    {
        var found = new List<(int First, int Last, Entry E)>();
        for (int t = s.FirstToken; t < s.EndToken;)
        {
            Entry? best = null;
            if (_byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc[t].Span, out var list))
                foreach (var e in list)
                    if ((best is null || e.Words.Length > best.Words.Length) && Matches(doc, t, s.EndToken, e.Words)) best = e;
            if (best is null) { t++; continue; }
            found.Add((t, t + best.Words.Length - 1, best));
            t += best.Words.Length;
        }
        // Matches in one noun phrase form one actor: contiguous words ("Bree Prime Minister Romendacil") or
        // dependents of the same noun ("Ithilen's … minister Calimehtar"); the first actor's code leads, an agent is appended.
        var group = Enumerable.Range(0, found.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (int i = 0; i < found.Count; i++)
            for (int j = i + 1; j < found.Count; j++)
                if ((j == i + 1 && found[j].First == found[i].Last + 1) || Linked(doc, found[i].Last, found[j].Last))
                    group[Find(j)] = Find(i);
        foreach (var members in Enumerable.Range(0, found.Count).GroupBy(Find))
        {
            var items = members.Select(i => found[i]).OrderBy(f => f.First).ToList();
            var actor = items.FirstOrDefault(f => !f.E.Agent);
            var agent = items.FirstOrDefault(f => f.E.Agent);
            string? code = actor.E is not null ? CodeAt(actor.E, date) : null;
            if (agent.E is not null)
            {
                if (actor.E is null) code = agent.E.AgentPrefix ? agent.E.Code + "---" : "---" + agent.E.Code;
                else if (code is not null && code.Length == 3) code = agent.E.AgentPrefix ? agent.E.Code + code : code + agent.E.Code;
            }
            AddMention(doc, items.Min(f => f.First), items.Max(f => f.Last), code);
        }
    }

    private static readonly string[] NounPhraseRels = ["compound", "amod", "nmod:poss", "flat", "flat:name", "name", "appos", "nmod"];

    private static bool Linked(Doc doc, int a, int b)
    {
        int ha = doc[a].Head, hb = doc[b].Head;
        bool ra = NounPhraseRels.Contains(doc[a].DepRel), rb = NounPhraseRels.Contains(doc[b].DepRel);
        return (ha == b && ra) || (hb == a && rb) || (ha >= 0 && ha == hb && ra && rb);
    }

    private static void AddMention(Doc doc, int first, int last, string? code)
    {
        var span = doc.Slice(first, last - first + 1);
        var actor = code is null or "---" ? null : new Actor(code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? code[3..] : null, null);
        doc.Entities.Add(new Mention(first, last - first + 1, span.StartChar, span.EndChar, "ORG", span.Text) { Actor = actor, Evidence = "dictionary" });
    }

    private static string? CodeAt(Entry e, int date)
    {
        foreach (var (code, from, to) in e.Dated)
            if (date >= from && date <= to) return code;
        return e.Code is "---" ? null : e.Code;
    }

    private static bool Matches(Doc doc, int t, int end, string[] words)
    {
        if (t + words.Length > end) return false;
        for (int k = 0; k < words.Length; k++)
            if (!doc[t + k].Span.Equals(words[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]", "[HOBREB > 990816]", "[USAGOV]".
    private static bool TryDated(string line, out (string, int, int) d)
    {
        d = default;
        int open = line.IndexOf('['), close = line.IndexOf(']');
        if (open < 0 || close < open) return false;
        var parts = line[(open + 1)..close].Replace("<", " < ").Replace(">", " > ").Replace("-", " - ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1) { d = (parts[0], int.MinValue, int.MaxValue); return true; }
        if (parts.Length == 3 && parts[1] == "<") { d = (parts[0], int.MinValue, Date(parts[2])); return true; }
        if (parts.Length == 3 && parts[1] == ">") { d = (parts[0], Date(parts[2]), int.MaxValue); return true; }
        if (parts.Length == 4 && parts[2] == "-") { d = (parts[0], Date(parts[1]), Date(parts[3])); return true; }
        return false;
    }

    /// <summary>YYYYMMDD or YYMMDD (PETRARCH reads 2-digit years below 30 as 20xx).</summary>
    internal static int Date(string s)
    {
        int v = int.Parse(s, CultureInfo.InvariantCulture);
        if (s.Length == 6) v += (v / 10000 < 30 ? 20000000 : 19000000);
        return v;
    }

    private static string CodeOff(string line, out string? code)
    {
        code = null;
        int open = line.IndexOf('[');
        if (open < 0) return line;
        int close = line.IndexOf(']', open);
        code = line[(open + 1)..(close > open ? close : line.Length)].Trim();
        if (code.Contains(' ')) code = null;
        return line[..open];
    }

    private static string Strip(string raw)
    {
        var line = raw;
        int c = line.IndexOf("<!--", StringComparison.Ordinal);
        if (c >= 0) line = line[..c];
        int hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        int semi = line.IndexOf(';');
        if (semi >= 0) line = line[..semi];
        return line;
    }

    private static string[] Words(string s) => s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Plural(string w)
    {
        w = w.TrimEnd('_');
        if (w.EndsWith('Y')) return w[..^1] + "IES";
        return w.EndsWith("SS", StringComparison.Ordinal) ? w + "ES" : w + "S";
    }
}
