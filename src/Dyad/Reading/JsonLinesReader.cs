using System.Text;
using Dyad.Formats;

namespace Dyad.Reading;

/// <summary>Streams articles from JSON Lines (`id`, `url`, `title`, `published`, `text`); a bad line is skipped with its reason.</summary>
internal static class JsonLinesReader
{
    /// <summary>Lines longer than this (in characters) are skipped rather than parsed.</summary>
    public const int MaxLineChars = 16 << 20;

    public static IEnumerable<ReadResult> Read(Stream stream, string origin)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{origin}:{number}";
            if (line.Length > MaxLineChars) { yield return ReadResult.Skip(where, $"line of {line.Length} characters is over the {MaxLineChars} limit"); continue; }
            yield return ArticleJson.TryParse(line, out var article, out var error)
                ? ReadResult.Found(where, article!)
                : ReadResult.Skip(where, error!);
        }
    }
}
