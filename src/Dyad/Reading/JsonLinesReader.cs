using System.Text;
using System.Text.Json;
using Dyad.Formats;

namespace Dyad.Reading;

/// <summary>Streams articles from JSON Lines (`id`, `url`, `title`, `published`, `text`); a bad line is skipped with its reason.</summary>
/// <remarks>Also takes a single JSON array or pretty-printed object of articles, which people often pass for JSON Lines.</remarks>
internal static class JsonLinesReader
{
    /// <summary>Lines longer than this (in characters) are skipped without being held in memory whole.</summary>
    public const int MaxLineChars = 16 << 20;

    // A file whose first lines are all bad is not JSON Lines at all: say so once instead of once per line.
    private const int GiveUpAfterBadLines = 20;

    /// <param name="maxLineChars">The longest line parsed; longer ones are skipped (tests use a small limit).</param>
    public static IEnumerable<ReadResult> Read(Stream stream, string origin, int maxLineChars = MaxLineChars)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var lines = new BoundedLines(reader, maxLineChars);
        var number = 0;
        var good = 0;
        var bad = new List<ReadResult>();
        while (lines.Next(out var tooLong) is { } line)
        {
            number++;
            if (line.Length == 0 && !tooLong) continue;
            var where = $"{origin}:{number}";
            if (number == 1 && !tooLong && line.TrimStart() is ['[', ..] or ['{'])
            {
                foreach (var r in ReadDocument(line + "\n" + lines.Rest(), origin)) yield return r;
                yield break;
            }
            var result = tooLong ? ReadResult.Skip(where, $"line over the {maxLineChars} character limit")
                : ArticleJson.TryParse(line, out var article, out var error) ? ReadResult.Found(where, article!) : ReadResult.Skip(where, error!);
            if (good == 0 && result.IsSkipped)
            {
                bad.Add(result);
                if (bad.Count < GiveUpAfterBadLines) continue;
                yield return ReadResult.Skip(origin, $"not JSON Lines: the first {GiveUpAfterBadLines} lines are not article objects ({bad[0].SkipReason})");
                yield break;
            }
            foreach (var held in bad) yield return held;
            bad.Clear();
            if (!result.IsSkipped) good++;
            yield return result;
        }
        foreach (var held in bad) yield return held;
    }

    /// <summary>A whole JSON document: an array of article objects, or one object.</summary>
    private static IEnumerable<ReadResult> ReadDocument(string json, string origin)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true }); }
        catch (JsonException e) { return [ReadResult.Skip(origin, $"not valid JSON: {e.Message.Split('\n')[0]}")]; }
        using (doc)
        {
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            return [.. items.Select((e, i) => ArticleJson.TryRead(e, out var a, out var error)
                ? ReadResult.Found($"{origin}[{i}]", a!) : ReadResult.Skip($"{origin}[{i}]", error!))];
        }
    }

    /// <summary>Reads lines through a block buffer; a line over the limit is consumed without being kept.</summary>
    private sealed class BoundedLines(TextReader reader, int maxLineChars)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private readonly StringBuilder _line = new();
        private int _pos, _len;

        /// <summary>The next line (without its line end), or null at the end; too long lines come back empty, flagged.</summary>
        public string? Next(out bool tooLong)
        {
            tooLong = false;
            _line.Clear();
            while (true)
            {
                if (_pos == _len)
                {
                    _len = reader.Read(_buffer, 0, _buffer.Length);
                    _pos = 0;
                    if (_len == 0) return _line.Length > 0 || tooLong ? Finish() : null;
                }
                var span = _buffer.AsSpan(_pos, _len - _pos);
                var eol = span.IndexOf('\n');
                var piece = eol < 0 ? span : span[..eol];
                if (!tooLong && _line.Length + piece.Length > maxLineChars) { tooLong = true; _line.Clear(); }
                if (!tooLong) _line.Append(piece);
                _pos += eol < 0 ? span.Length : eol + 1;
                if (eol >= 0) return Finish();
            }
        }

        /// <summary>Everything not yet returned as a line.</summary>
        public string Rest()
        {
            var rest = new string(_buffer, _pos, _len - _pos) + reader.ReadToEnd();
            _pos = _len = 0;
            return rest;
        }

        private string Finish()
        {
            if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
            return _line.ToString();
        }
    }
}
