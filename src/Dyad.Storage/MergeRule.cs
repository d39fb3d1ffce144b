using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>How the store decides that a new event is one it already holds: a candidate window and a decision function.</summary>
/// <remarks>
/// Candidates are stored events with the same CAMEO root, mode and directed dyad (actor code, or the actor's name when it
/// has no code) dated within <see cref="WindowDays"/> of the new event. <see cref="Decide"/> gets (stored, incoming) and
/// returns the reason for merging, or null to keep them apart; the first candidate with a reason wins. The geo
/// engineer's merge policy plugs in here. With <see cref="FillMissingTarget"/> (as <see cref="Dyad.Merging.MergePolicy"/>
/// says), a side that names no target also matches stored events of the same source whatever their target: a target-less
/// event joins the one open target (never when two targets agree, since choosing would invent a fact), and a targeted
/// event fills in a stored target-less one when no event with its own target agrees. Whatever the rule, a merged event keeps
/// the more precise of the two places (<see cref="Dyad.Merging.MergePolicy.MorePrecise"/>), as the engine's merged events do.
/// </remarks>
public sealed record MergeRule(int WindowDays, Func<CodedEvent, CodedEvent, string?> Decide, bool FillMissingTarget = false)
{
    /// <summary>The engine's default policy: within one day, same code family, places within 50 km or in one country (or unknown), missing targets filled.</summary>
    public static MergeRule Default { get; } = From(Dyad.Merging.MergePolicy.Default);

    /// <summary>The store's rule from the engine's merge settings (the same window, place rule and target fill-in `dyad code` merges with).</summary>
    public static MergeRule From(Dyad.Merging.MergePolicy policy) =>
        new(policy.DateWindowDays, (a, b) => DefaultDecide(a, b, policy), policy.FillMissingTarget);

    /// <summary>Appended to a merge reason when one side named no target and takes the other's (the engine's wording).</summary>
    public const string FilledTarget = "; one mention names no target, so it takes the other's";

    /// <summary>Never merges across articles: every event is its own row.</summary>
    public static MergeRule None { get; } = new(0, (_, _) => null);

    /// <summary>The default decision: same root, codes on one branch, at least one coded actor, and places that agree by the
    /// engine's place rule (<see cref="Dyad.Merging.MergePolicy.PlacesAgree"/>, the one <see cref="Dyad.Merging.EventMerger"/> uses).</summary>
    public static string? DefaultDecide(CodedEvent stored, CodedEvent incoming, Dyad.Merging.MergePolicy policy)
    {
        if (stored.Root != incoming.Root || stored.Mode != incoming.Mode) return null;
        // "043" and "04" are the same family; "042" and "043" are different acts.
        if (!stored.Code.StartsWith(incoming.Code, StringComparison.Ordinal) && !incoming.Code.StartsWith(stored.Code, StringComparison.Ordinal))
            return null;
        if (stored.Source?.Code is null && stored.Target?.Code is null) return null;
        if (!policy.PlacesAgree(stored.Place, incoming.Place, out var where)) return null;
        var days = Math.Abs(stored.Date.DayNumber - incoming.Date.DayNumber);
        return $"same dyad {stored.Source?.Code ?? stored.Source?.Name ?? "-"}→{stored.Target?.Code ?? stored.Target?.Name ?? "-"}, " +
               $"code {incoming.Code}~{stored.Code}, dates {days} d apart, {where}";
    }
}
