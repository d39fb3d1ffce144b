namespace Dyad.Documents;

/// <summary>One news article as a reader found it: boilerplate removed, metadata kept.</summary>
/// <remarks><see cref="Text"/> holds body paragraphs separated by blank lines; offsets into it are stable.</remarks>
public sealed record Article(
    string Id,
    string? Title,
    DateOnly? Published,
    string? Url,
    string? Source,
    string Text,
    IReadOnlyList<string> Dropped);
