using System.Globalization;

namespace Dyad.Actors;

/// <summary>One coded role of a dictionary actor, valid from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
/// <remarks>Null bounds are open. A null <see cref="Code"/> is PETRARCH's "[---]": the actor is known but not coded then.</remarks>
internal readonly record struct ActorRole(string? Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date < To);

    /// <summary>Open towards the future: what an undated article gets.</summary>
    public bool IsCurrent => To is null;

    /// <summary>Parses PETRARCH's "[CODE]", "[CODE 680101-000101]", "[CODE >20140908]", "[CODE <031231]"; false when malformed.</summary>
    public static bool TryParse(string inside, out ActorRole role)
    {
        role = default;
        var parts = inside.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return false;
        var code = parts[0].TrimStart('~');
        string? c = code.Trim('-').Length == 0 ? null : code;
        if (parts.Length == 1) { role = new ActorRole(c, null, null); return true; }
        var d = parts[1];
        if (d[0] == '>' && TryDate(d[1..], out var from)) { role = new ActorRole(c, from, null); return true; }
        if (d[0] == '<' && TryDate(d[1..], out var to)) { role = new ActorRole(c, null, to); return true; }
        int dash = d.IndexOf('-');
        if (dash > 0 && TryDate(d[..dash], out var a) && TryDate(d[(dash + 1)..], out var b)) { role = new ActorRole(c, a, b); return true; }
        return false;
    }

    /// <summary>YYYYMMDD, or TABARI's YYMMDD with years up to 30 read as 20YY.</summary>
    public static bool TryDate(string s, out DateOnly date)
    {
        date = default;
        if (s.Length == 6 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v6))
        {
            int yy = v6 / 10000;
            return TryMake((yy <= 30 ? 2000 : 1900) + yy, v6 / 100 % 100, v6 % 100, out date);
        }
        if (s.Length == 8 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v8))
            return TryMake(v8 / 10000, v8 / 100 % 100, v8 % 100, out date);
        return false;
    }

    private static bool TryMake(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (m < 1 || m > 12 || d < 1 || y < 1) return false;
        date = new DateOnly(y, m, Math.Min(d, DateTime.DaysInMonth(y, m)));
        return true;
    }

    public override string ToString() =>
        $"{Code ?? "---"}{(From is null && To is null ? "" : $" {From:yyyy-MM-dd}..{To:yyyy-MM-dd}")}";
}

/// <summary>A dictionary actor: its names and its coded roles in dictionary order, plus where it came from.</summary>
internal sealed record ActorEntry(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<ActorRole> Roles, ActorKind Kind)
{
    /// <summary>PETRARCH's rule: the first role whose dates cover the date wins; undated articles take the first open-ended role.</summary>
    public ActorRole? RoleAt(DateOnly? date)
    {
        foreach (var r in Roles)
            if (date is { } d ? r.Covers(d) : r.IsCurrent) return r;
        return null;
    }
}

/// <summary>Which dictionary an entry came from, which the recogniser's gazetteer uses as a hint.</summary>
internal enum ActorKind : byte { Country, Person, Organisation, Group, User }
