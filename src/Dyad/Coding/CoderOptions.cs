namespace Dyad.Coding;

/// <summary>How strict the coder is about what it emits.</summary>
public sealed record CoderOptions
{
    /// <summary>Emit only events with both a source and a target (PETRARCH's require_dyad); off by default, as GDELT allows one-sided events.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>Emit only events with at least one actor that resolved to a CAMEO actor code.</summary>
    public bool RequireCodedActor { get; init; } = true;

    /// <summary>Emit only codes the code registry knows (test dictionaries use private codes such as "075A").</summary>
    public bool RequireKnownCode { get; init; } = true;

    /// <summary>Merge the same event told in several sentences of one article into one event with several mentions.</summary>
    public bool MergeWithinArticle { get; init; } = true;

    /// <summary>Also code the speech verb that carries reported speech ("…, an official said" as 010), as PETRARCH does.</summary>
    /// <remarks>Off by default: the statement is then a carrier, and the reported event is coded with its speaker.</remarks>
    public bool CodeReportingVerbs { get; init; }

    /// <summary>Also code the announcement of a future act as CAMEO does: "will give a grant" is an asserted 0331
    /// (express intent to provide economic aid) beside the future 071, "will strike" an asserted 138 (threaten force).</summary>
    /// <remarks>On by default. PETRARCH does not do this, so its unit-test suite runs with it off.</remarks>
    public bool CodeAnnouncements { get; init; } = true;

    public static CoderOptions Default { get; } = new();
}
