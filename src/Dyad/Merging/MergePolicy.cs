using System.Globalization;
using Dyad.Documents;
using Dyad.Geocoding;

namespace Dyad.Merging;

/// <summary>How strictly two event codes must agree for two mentions to be one event.</summary>
public enum CodeMatch : byte
{
    /// <summary>Codes on one branch of the CAMEO tree: equal, or one the generic parent of the other ("04"/"040" and "043", "112" and "1121"), never siblings ("042" and "043").</summary>
    Branch,

    /// <summary>Same CAMEO root ("042" and "043" merge).</summary>
    Root,

    /// <summary>Identical codes.</summary>
    Exact,
}

/// <summary>When two event mentions are the same event, and what the merged event keeps: the one rule of <see cref="EventMerger"/> and the store.</summary>
/// <remarks>The rule errs towards keeping events apart: a missed merge leaves one event counted twice, a wrong merge loses an
/// event. So codes must lie on one CAMEO branch, and across articles the source must be a coded country or organisation:
/// a missing source, a bare role or a bare name merges only inside its own article.</remarks>
public sealed record MergePolicy
{
    /// <summary>Dates may differ by this many days (reports of one event often date it a day apart).</summary>
    public int DateWindowDays { get; init; } = 1;

    /// <summary>Places may be this far apart; a mention with no place, or only a country, agrees with any place in that country.</summary>
    public double MaxDistanceKm { get; init; } = 50;

    /// <summary>How the two codes must agree (default: on one branch).</summary>
    public CodeMatch Codes { get; init; } = CodeMatch.Branch;

    /// <summary>Let a mention that names no target merge into one that does when all else agrees and only one such event exists.</summary>
    public bool FillMissingTarget { get; init; } = true;

    public static MergePolicy Default { get; } = new();

    /// <summary>Appended to a merge reason when one side named no target and takes the other's.</summary>
    public const string FilledTarget = "; one mention names no target, so it takes the other's";

    /// <summary>True when <paramref name="incoming"/> reports the same event as <paramref name="held"/>; <paramref name="why"/> says on what grounds.</summary>
    /// <remarks>Same mode; same directed dyad (actor codes, else names), a missing target filling in when <see cref="FillMissingTarget"/>;
    /// an actor who acted that is known (<see cref="Identified"/>); codes that agree by <see cref="Codes"/>; dates within
    /// <see cref="DateWindowDays"/>; places that agree (<see cref="PlacesAgree"/>). <paramref name="copyOf"/> maps syndicated
    /// copies to their original, which counts as the same article.</remarks>
    public bool Agrees(CodedEvent held, CodedEvent incoming, out string why, IReadOnlyDictionary<string, string>? copyOf = null)
    {
        why = "";
        if (held.Mode != incoming.Mode || !SameActor(held.Source, incoming.Source)) return false;
        bool filled = false;
        if (!SameActor(held.Target, incoming.Target))
        {
            if (!FillMissingTarget || (held.Target is not null && incoming.Target is not null)) return false;
            filled = true;
        }
        if (!CodesAgree(held.Code, incoming.Code, out var codeWhy)) return false;
        int days = Math.Abs(held.Date.DayNumber - incoming.Date.DayNumber);
        if (days > DateWindowDays) return false;
        if (!PlacesAgree(held.Place, incoming.Place, out var placeWhy)) return false;
        if (!Identified(held, incoming, copyOf, out var who)) return false;
        why = string.Create(CultureInfo.InvariantCulture,
            $"same dyad {Key(held.Source)}→{Key(held.Target ?? incoming.Target)}{who}, {codeWhy}, dates {days} d apart (≤ {DateWindowDays}), {placeWhy}");
        if (filled) why += FilledTarget;
        return true;
    }

    /// <summary>True when the two mentions' shared source says who acted: a code naming a country or an organisation, or else one
    /// article (a syndicated copy counting as its original); <paramref name="who"/> is empty for the code and says so for the article.</summary>
    /// <remarks>Across articles only such a source tells two events apart. A missing source, a bare role ("GOV", "COP": whose
    /// government, which police?) or a name without a code ("he", "Mohamed") is resolved only inside its own article: on one day
    /// "the government" or "someone" acts towards the United States in many unrelated stories, and merging them would turn many
    /// events into one. Inside one article the same words do mean the same actor, so there they merge.</remarks>
    public static bool Identified(CodedEvent a, CodedEvent b, IReadOnlyDictionary<string, string>? copyOf, out string who)
    {
        who = "";
        if (IsSpecific(a.Source) && IsSpecific(b.Source)) return true;
        who = " (one article)";
        foreach (var m in a.Mentions)
            foreach (var n in b.Mentions)
                if (Original(m.ArticleId, copyOf) == Original(n.ArticleId, copyOf)) return true;
        return false;
    }

    /// <summary>True when the actor's code names a country or an organisation ("IRQGOV", "USA", "IGOUNO"), not a bare role ("GOV").</summary>
    public static bool IsSpecific(EventActor? actor) =>
        actor?.Code is { Length: > 0 } code && (actor.Country is not null || code != actor.Agent);

    private static string Original(string articleId, IReadOnlyDictionary<string, string>? copyOf) =>
        copyOf is not null && copyOf.TryGetValue(articleId, out var original) ? original : articleId;

    /// <summary>True when the codes agree by <see cref="Codes"/>; <paramref name="why"/> says how (empty when they do not).</summary>
    /// <remarks>The reason is built only for a yes: the merger asks this of every pair of mentions with one dyad.</remarks>
    public bool CodesAgree(string a, string b, out string why)
    {
        why = "";
        bool agree = a == b || Codes switch
        {
            CodeMatch.Root => a.Length >= 2 && b.Length >= 2 && a.AsSpan(0, 2).SequenceEqual(b.AsSpan(0, 2)),
            CodeMatch.Branch => OnOneBranch(a, b),
            _ => false,
        };
        if (agree) why = a == b ? $"code {a}" : Codes == CodeMatch.Root ? $"root {a[..2]}" : $"codes {a}/{b} on one branch";
        return agree;
    }

    /// <summary>True when one code is the other or a more generic code above it: "040" (consult, not specified) and "04" stand for the root.</summary>
    public static bool OnOneBranch(string a, string b)
    {
        var x = Node(a);
        var y = Node(b);
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="b"/> is a more specific code on <paramref name="a"/>'s branch ("043" under "040").</summary>
    public static bool MoreSpecific(string a, string b) => Node(b).Length > Node(a).Length && OnOneBranch(a, b);

    /// <summary>The code's node in the CAMEO tree: a root's "not specified below" code ("040") is the root itself ("04").</summary>
    private static ReadOnlySpan<char> Node(string code) => code.Length == 3 && code[2] == '0' ? code.AsSpan(0, 2) : code.AsSpan();

    /// <summary>True when two mentions' places allow one event; <paramref name="why"/> says on what grounds (empty when they do not).</summary>
    /// <remarks>A missing place agrees with any; a country-level (or wider) place agrees with any place in its country, since "in Iraq"
    /// does not contradict "in Basra"; finer places must lie within <see cref="MaxDistanceKm"/>.</remarks>
    public bool PlacesAgree(Place? a, Place? b, out string why)
    {
        if (a is null || b is null) { why = "place unknown in one mention"; return true; }
        if (a.Precision >= PlacePrecision.Country || b.Precision >= PlacePrecision.Country)
        {
            bool same = a.Country is null || b.Country is null || a.Country == b.Country;
            why = same ? $"places in the same country ({a.Country ?? b.Country})" : "";
            return same;
        }
        double km = GeoDistance.Km(a.Lat, a.Lon, b.Lat, b.Lon);
        bool near = km <= MaxDistanceKm;
        why = near ? string.Create(CultureInfo.InvariantCulture, $"places {km:0} km apart (≤ {MaxDistanceKm:0})") : "";
        return near;
    }

    /// <summary>The event two agreeing mentions become, apart from mentions, reasons and counts: <paramref name="held"/> with the
    /// more precise date, place and code of the two, the target filled in, and the higher confidence.</summary>
    /// <remarks>The code comes with what belongs to it (Goldstein, PLOVER, quad class and the coding rule), so "040" joined by "043"
    /// becomes a 043 event throughout. Ties keep <paramref name="held"/>'s values.</remarks>
    public static CodedEvent Combine(CodedEvent held, CodedEvent incoming)
    {
        var code = MoreSpecific(held.Code, incoming.Code) ? incoming : held;
        var date = incoming.DatePrecision < held.DatePrecision ? incoming : held;
        return held with
        {
            Code = code.Code, Root = code.Root, QuadClass = code.QuadClass, Goldstein = code.Goldstein, Plover = code.Plover, Rule = code.Rule,
            Date = date.Date,
            DatePrecision = date.DatePrecision,
            Place = MorePrecise(held.Place, incoming.Place),
            Target = held.Target ?? incoming.Target,
            Confidence = Math.Max(held.Confidence, incoming.Confidence),
        };
    }

    /// <summary>The place a merged event keeps: the more precise of the two, the first on a tie.</summary>
    public static Place? MorePrecise(Place? a, Place? b) => a is null ? b : b is null ? a : b.Precision < a.Precision ? b : a;

    private static bool SameActor(EventActor? a, EventActor? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Code is not null || b.Code is not null) return a.Code == b.Code;
        return string.Equals((a.Name ?? a.Text).Trim(), (b.Name ?? b.Text).Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Key(EventActor? a) => a?.Code ?? a?.Name ?? "—";
}
