using Dyad.Documents;

namespace Dyad.Storage;

/// <summary>A stored article with its text and where in that text each event mention, entity and place sits.</summary>
public sealed record StoredArticle(
    Article Article,
    string ContentHash,
    DateTime Added,
    IReadOnlyList<ArticleEventMention> Mentions,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ArticlePlace> Places)
{
    /// <summary>The id of the first stored copy when this article is a near-duplicate (a syndicated copy), else null.</summary>
    public string? DuplicateOf { get; init; }
}

/// <summary>A sentence of the article that reports a stored event; offsets are into the article text.</summary>
public sealed record ArticleEventMention(string EventId, int Sentence, int Start, int End, string Text, string Code, string? Rule);

/// <summary>An entity mention of the article and the actor it resolved to (null code when unresolved).</summary>
public sealed record ArticleEntity(int Start, int End, string Label, string Text, string? ActorCode, string? ActorName, long? RegistryActorId);

/// <summary>A toponym of the article and the place it resolved to.</summary>
public sealed record ArticlePlace(int Start, int End, string Text, Place Place);
