using Dyad.Documents;
using Dyad.Storage;

namespace Dyad.Web;

/// <summary>Codes one article into events (the integrator passes the real pipeline; tests pass a small real function).</summary>
public delegate ValueTask<ProcessedArticle> ArticleCoder(Article article, CancellationToken ct);

/// <summary>Turns a posted HTML page into an article (boilerplate removed); the URL is the one given with the request, if any.</summary>
public delegate Article HtmlArticleReader(string html, string? url);

/// <summary>What the web host needs: the store, how to code posted articles, where to listen and the optional API key.</summary>
public sealed record DyadWebOptions
{
    public required IEventStore Store { get; init; }

    /// <summary>Codes posted articles; when null, <c>POST /api/articles</c> answers 503 and stores nothing.</summary>
    public ArticleCoder? Coder { get; init; }

    /// <summary>Reads posted HTML; when null, a plain tag stripper keeps the visible paragraphs.</summary>
    public HtmlArticleReader? HtmlReader { get; init; }

    /// <summary>Listen addresses; loopback by default so nothing is exposed unless asked for.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>When set, every write must carry it in the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest accepted request body; larger articles are rejected with 413.</summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;
}
