using System.Runtime.CompilerServices;
using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Cli;

/// <summary>Turns a verb's PATH arguments (files, folders, "-", URLs) into articles, reporting skipped input as it goes.</summary>
/// <remarks>Every verb that reads news uses this, so they all accept the same inputs and say the same things about bad ones.</remarks>
internal sealed class InputArticles(CliContext cli, bool fetchLinkedPages = true)
{
    /// <summary>Articles read so far.</summary>
    public int Read { get; private set; }

    /// <summary>Inputs or records skipped so far, each reported with its reason.</summary>
    public int Skipped { get; private set; }

    /// <summary>Fails with one line when an argument names nothing, before any work starts.</summary>
    public static void Validate(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new CliInputException("no input given: name files, folders, - (standard input) or URLs");
        foreach (var path in paths)
            if (path != "-" && !ArticleReader.IsUrl(path) && !File.Exists(path) && !Directory.Exists(path))
                throw new CliInputException(path.Contains("://", StringComparison.Ordinal)
                    ? $"{path}: only http and https URLs can be read" : $"{path}: no such file or folder");
    }

    /// <summary>The total size of the files the paths stand for, or null when some size is unknown (stdin, URLs).</summary>
    public static long? TotalBytes(IReadOnlyList<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-" || ArticleReader.IsUrl(path)) return null;
            foreach (var file in ArticleReader.Expand(path)) total += new FileInfo(file).Length;
        }
        return total;
    }

    /// <summary>Reads every input in order; skipped pieces are reported on the error stream with their reason.</summary>
    public async IAsyncEnumerable<Article> ReadAsync(IReadOnlyList<string> paths, WorkProgress progress, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Validate(paths);
        using var reader = new ArticleReader(new ArticleReaderOptions
        {
            FetchLinkedPages = fetchLinkedPages, StandardInput = cli.OpenStdin, FileBytesRead = progress.Advance,
        });
        foreach (var path in paths)
        {
            foreach (var input in ArticleReader.Expand(path))
            {
                await foreach (var result in reader.ReadAsync(input, ct).ConfigureAwait(false))
                {
                    if (result.Article is { } article)
                    {
                        Read++;
                        progress.Counted();
                        yield return article;
                    }
                    else
                    {
                        Skipped++;
                        progress.Notice($"dyad: skipped {result.Origin}: {result.SkipReason}");
                    }
                }
            }
        }
    }
}
