using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Cli;

/// <summary>Reads `dyad annotate --from conllu` inputs lazily, one document (# newdoc) at a time, stopping at the first malformed sentence.</summary>
/// <remarks>
/// Lazy so that memory stays flat however long the input: only the documents in the annotating window are held. A
/// malformed line ends the input instead of throwing, so every sentence before it is still annotated and printed (the
/// last document holds the sentences of its own that came before the bad one); <see cref="Error"/> then says where it stopped.
/// </remarks>
internal sealed class ConlluInput(CliContext cli)
{
    /// <summary>Why reading stopped early ("FILE: CoNLL-U line N: …"), or null when every input was read.</summary>
    public string? Error { get; private set; }

    /// <summary>The input files: "-" and files as given, folders as their *.conllu files in ordinal order.</summary>
    public static List<string> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (p == "-" || File.Exists(p)) files.Add(p);
            else if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else throw new FileNotFoundException($"no such file or folder: {p}");
        }
        return files;
    }

    /// <summary>Each file's documents in order, as <see cref="ConlluDocs.ToDocs"/> groups them (ids restart at conllu-0 per file).</summary>
    public IEnumerable<(Doc Doc, List<ConlluSentence> Sentences)> Read(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            foreach (var doc in ConlluDocs.ToDocs(Sentences(file))) yield return doc;
            if (Error is not null) yield break;
        }
    }

    /// <summary>The file's sentences up to the first malformed one, which sets <see cref="Error"/>.</summary>
    private IEnumerable<ConlluSentence> Sentences(string file)
    {
        using var reader = file == "-" ? new StreamReader(cli.OpenStdin()) : new StreamReader(file);
        using var sentences = ConlluReader.Read(reader).GetEnumerator();
        while (Next(sentences, file) is { } sentence) yield return sentence;
    }

    private ConlluSentence? Next(IEnumerator<ConlluSentence> sentences, string file)
    {
        try
        {
            return sentences.MoveNext() ? sentences.Current : null;
        }
        catch (FormatException e)
        {
            Error = $"{(file == "-" ? "standard input" : file)}: {e.Message}";
            return null;
        }
    }
}
