using Dyad.Documents;
using Dyad.Merging;

namespace Dyad.Storage;

/// <summary>How the store decides that a new event is one it already holds: a candidate window and a decision function.</summary>
/// <remarks>
/// Candidates are stored events with the same CAMEO root, mode and directed dyad (actor code, or the actor's name when it
/// has no code) dated within <see cref="WindowDays"/> of the new event. <see cref="Decide"/> gets (stored, incoming, the
/// syndicated copies among their articles mapped to their original) and returns the reason for merging, or null to keep them
/// apart; the first candidate with a reason wins. A stored candidate carries its mentions only when its source is not a coded
/// country or organisation (<see cref="MergePolicy.Identified"/> then needs its articles).
/// With <see cref="FillMissingTarget"/> (as <see cref="MergePolicy"/> says), a side that names no target also matches stored
/// events of the same source whatever their target: a target-less event joins the one open target (never when two targets
/// agree, since choosing would invent a fact), and a targeted event fills in a stored target-less one when no event with its
/// own target agrees. Whatever the rule, the merged event is <see cref="MergePolicy.Combine"/> of the two (the more precise
/// date, place and code, the filled target), as the engine's merged events are.
/// </remarks>
public sealed record MergeRule(int WindowDays, Func<CodedEvent, CodedEvent, IReadOnlyDictionary<string, string>, string?> Decide,
    bool FillMissingTarget = false)
{
    /// <summary>The engine's default policy: within one day, codes on one branch, a source coded as a country or organisation (or one article), places within 50 km or in one country (or unknown), missing targets filled.</summary>
    public static MergeRule Default { get; } = From(MergePolicy.Default);

    /// <summary>The store's rule from the engine's merge policy: the same window, the same decision (<see cref="MergePolicy.Agrees"/>) and target fill-in `dyad code` merges with.</summary>
    public static MergeRule From(MergePolicy policy) =>
        new(policy.DateWindowDays, (stored, incoming, copyOf) => policy.Agrees(stored, incoming, out var why, copyOf) ? why : null, policy.FillMissingTarget);

    /// <summary>Never merges across articles: every event is its own row.</summary>
    public static MergeRule None { get; } = new(0, (_, _, _) => null);
}
