using System.Text.RegularExpressions;

namespace Dyad.Actors;

/// <summary>Reads PETRARCH/TABARI actor and agent dictionaries (Phoenix.*.actors.txt, Phoenix.agents.txt, user files).</summary>
/// <remarks>
/// Actor files: a base line `NAME_WORDS [CODE dates]…`, then `+SYNONYM` lines and indented `[CODE dates]` lines;
/// blank lines and `#` comments are ignored and the next base line ends an entry. Agent lines:
/// `PHRASE {PLURAL} [~CODE]`, with `!PERSON!`-style macros defined as `!PERSON! = MAN, MEN, …`.
/// </remarks>
internal static partial class PhoenixDictionaryReader
{
    public sealed record AgentEntry(string Phrase, string Code);

    /// <summary>Problems found while reading (malformed dates, entries without roles), for the compile report.</summary>
    public sealed class Report
    {
        public int MalformedRoles;
        public int EntriesWithoutRoles;
    }

    public static List<ActorEntry> ReadActors(IEnumerable<string> lines, ActorKind fileKind, Report? report = null)
    {
        var result = new List<ActorEntry>();
        string? name = null;
        string comment = "";
        var synonyms = new List<string>();
        var roles = new List<ActorRole>();
        foreach (var raw in lines)
        {
            var (text, note) = StripComment(raw);
            text = text.Trim();
            if (text.Length == 0) continue;
            if (text[0] == '[')
            {
                AddRoles(text);
                continue;
            }
            if (text[0] == '+')
            {
                var syn = NameOf(text[1..]);
                if (syn.Length > 0) synonyms.Add(syn);
                AddRoles(text);
                continue;
            }
            Flush();
            name = NameOf(text);
            comment = note;
            AddRoles(text);
        }
        Flush();
        return result;

        void AddRoles(string text)
        {
            foreach (Match m in RoleRegex().Matches(text))
            {
                if (ActorRole.TryParse(m.Groups[1].Value, out var role)) roles.Add(role);
                else if (report is not null) report.MalformedRoles++;
            }
        }

        void Flush()
        {
            if (name is { Length: > 0 })
            {
                if (roles.Count > 0) result.Add(new ActorEntry(name, [.. synonyms], [.. roles], KindOf(fileKind, roles, comment)));
                else if (report is not null) report.EntriesWithoutRoles++;
            }
            name = null;
            synonyms.Clear();
            roles.Clear();
        }
    }

    public static List<AgentEntry> ReadAgents(IEnumerable<string> lines)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var result = new List<AgentEntry>();
        foreach (var raw in lines)
        {
            var (text, _) = StripComment(raw);
            text = text.Trim();
            if (text.Length == 0) continue;
            if (text[0] == '!' && text.Contains('='))
            {
                int eq = text.IndexOf('=');
                macros[text[..eq].Trim()] = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var role = RoleRegex().Match(text);
            if (!role.Success || !role.Groups[1].Value.Trim().StartsWith('~')) continue;
            var code = role.Groups[1].Value.Trim().TrimStart('~').Split(' ')[0];
            var head = text[..role.Index];
            int brace = head.IndexOf('{');
            string phrase = (brace >= 0 ? head[..brace] : head).Trim();
            string? plural = null;
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                plural = head[(brace + 1)..(close < 0 ? head.Length : close)].Trim();
            }
            foreach (var form in Expand(phrase, macros))
            {
                result.Add(new AgentEntry(NameOf(form), code));
                if (plural is null) result.Add(new AgentEntry(NameOf(RegularPlural(form)), code));
            }
            if (plural is { Length: > 0 })
                foreach (var form in Expand(plural, macros)) result.Add(new AgentEntry(NameOf(form), code));
        }
        return result;
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> macros)
    {
        foreach (var (key, values) in macros)
            if (phrase.Contains(key, StringComparison.Ordinal))
                return values.SelectMany(v => Expand(phrase.Replace(key, v, StringComparison.Ordinal), macros));
        return [phrase];
    }

    /// <summary>TABARI's regular plural of the last word: +S, Y→IES, SS→SSES.</summary>
    private static string RegularPlural(string phrase)
    {
        var p = phrase.TrimEnd('_', ' ');
        if (p.EndsWith("SS", StringComparison.Ordinal)) return p + "ES";
        if (p.EndsWith('Y') && p.Length > 1 && "AEIOU".IndexOf(p[^2]) < 0) return p[..^1] + "IES";
        if (p.EndsWith('S')) return p;
        return p + "S";
    }

    private static (string Text, string Comment) StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash < 0 ? (line, "") : (line[..hash], line[hash..]);
    }

    private static string NameOf(string text)
    {
        int bracket = text.IndexOf('[');
        var name = (bracket >= 0 ? text[..bracket] : text).Replace('_', ' ');
        return string.Join(' ', name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static ActorKind KindOf(ActorKind fileKind, List<ActorRole> roles, string comment)
    {
        if (fileKind != ActorKind.Country) return fileKind;
        if (roles.TrueForAll(r => r.Code is { Length: 3 })) return ActorKind.Country;
        return comment.Contains("CountryInfo", StringComparison.Ordinal) ? ActorKind.Person : ActorKind.Organisation;
    }

    [GeneratedRegex(@"\[([^\]\[]*)\]")]
    private static partial Regex RoleRegex();
}
