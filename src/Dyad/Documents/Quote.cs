namespace Dyad.Documents;

/// <summary>A direct or indirect quotation and who said it.</summary>
public sealed record Quote(string Text, int Start, int End, string? Speaker, int? SpeakerStart, int? SpeakerEnd)
{
    public bool Direct { get; init; } = true;
    public string? SpeakerActor { get; init; }
}
