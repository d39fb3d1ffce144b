using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>What reading one piece of input gave: an article, or the one-line reason it was skipped.</summary>
/// <param name="Origin">Where it came from: a path, URL or "-", with a line or record number inside it when there is one.</param>
public sealed record ReadResult(string Origin, Article? Article, string? SkipReason)
{
    public bool IsSkipped => Article is null;

    public static ReadResult Found(string origin, Article article) => new(origin, article, null);

    public static ReadResult Skip(string origin, string reason) => new(origin, null, reason);
}
