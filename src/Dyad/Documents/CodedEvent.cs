namespace Dyad.Documents;

/// <summary>Whether the text says an event happened, did not, might, or will.</summary>
public enum EventMode : byte { Asserted, Negated, Hypothetical, Future }

/// <summary>How the event's date was found: a day, month or year in the text, or the publication date.</summary>
public enum DatePrecision : byte { Day, Month, Year, Publication }

/// <summary>One sentence that reports an event (a row of GDELT's Mentions table).</summary>
public sealed record EventMention(string ArticleId, string? Title, int Sentence, string Text, int Start, int End)
{
    public string? Source { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
}

/// <summary>A coded event: who did what to whom, where, when, in which mode, and why the coder said so.</summary>
/// <remarks><see cref="CodeTable"/> names the versioned registry that <see cref="QuadClass"/>, <see cref="Goldstein"/> and <see cref="Plover"/> came from.</remarks>
public sealed record CodedEvent
{
    public string Id { get; init; } = "";
    public required DateOnly Date { get; init; }
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Publication;
    public required string Code { get; init; }
    public required string Root { get; init; }
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public string? Plover { get; init; }
    public EventActor? Source { get; init; }
    public EventActor? Target { get; init; }
    public Place? Place { get; init; }
    public EventMode Mode { get; init; }
    public IReadOnlyList<EventMention> Mentions { get; init; } = [];
    public required string Rule { get; init; }
    public double Confidence { get; init; }
    public string CodeTable { get; init; } = "";

    /// <summary>Who reported the event when it was coded from reported speech; never the source.</summary>
    public string? Speaker { get; init; }

    /// <summary>Why mentions were merged into this event, one line per merge.</summary>
    public IReadOnlyList<string> MergeReasons { get; init; } = [];
    public int NumSources { get; init; } = 1;
    public int NumArticles { get; init; } = 1;
    public int NumMentions => Mentions.Count;
}
