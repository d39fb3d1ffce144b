using System.Text;
using System.Text.Json;
using Dyad.Cli;

namespace Dyad.Cli.Tests.Verbs;

public sealed class AnnotateVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-cli-annotate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Standard output that counts finished lines; written by the annotating thread, read by the input's.</summary>
    private sealed class CountingWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private int _lines;

        public override Encoding Encoding => Encoding.UTF8;
        public int Lines => Volatile.Read(ref _lines);

        public override void Write(char value)
        {
            lock (_text) _text.Append(value);
            if (value == '\n') Interlocked.Increment(ref _lines);
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            lock (_text) _text.Append(value);
            Interlocked.Add(ref _lines, value.Count(c => c == '\n'));
        }

        public override string ToString() { lock (_text) return _text.ToString(); }
    }

    /// <summary>Records <c>record(i)</c> for i below <paramref name="count"/>, served one per read, noting how much output existed
    /// when the input ran out.</summary>
    private sealed class RecordStream(int count, Func<int, string> record, CountingWriter output) : Stream
    {
        private byte[] _line = [];
        private int _at, _next;

        public int OutputLinesAtEnd { get; private set; } = -1;

        public override int Read(byte[] buffer, int offset, int length)
        {
            if (_at == _line.Length)
            {
                if (_next == count)
                {
                    if (OutputLinesAtEnd < 0) OutputLinesAtEnd = output.Lines;
                    return 0;
                }
                _line = Encoding.UTF8.GetBytes(record(_next));
                _at = 0;
                _next++;
            }
            int n = Math.Min(length, _line.Length - _at);
            Array.Copy(_line, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task Annotate_FromTextOnStdin_PrintsAsItReadsInInputOrder()
    {
        // 3,000 articles of about 80 bytes: the reader's 64 KB format sniff holds ~800 of them, the window a few dozen more.
        const int count = 3000;
        var output = new CountingWriter();
        var input = new RecordStream(count, i => JsonSerializer.Serialize(new { id = $"a{i:00000}", published = "2024-08-06", text = "Iran met Iraq in Baghdad." }) + "\n", output);
        var exit = await CliContext.WithStdinAsync(() => input, () => DyadApp.RunAsync(["annotate", "--from", "text", "-"], output, new StringWriter()));

        Assert.Equal(0, exit);
        var ids = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"a{i:00000}"), ids);
        // Collecting every article first would print nothing before the input ends.
        Assert.True(input.OutputLinesAtEnd >= count / 2, $"{input.OutputLinesAtEnd} of {count} articles printed when the input ended");
    }

    /// <summary>CoNLL-U document <paramref name="i"/>: one sentence whose third word is its number, so each output can be traced back.</summary>
    private static string ConlluDocument(int i, string? badLine = null)
    {
        var words = new[] { "Iran", "met", $"{i}", "officials", "in", "Baghdad", "." };
        var sb = new StringBuilder($"# newdoc id = d{i}\n# sent_id = d{i}-1\n# text = {string.Join(' ', words)}\n");
        for (int w = 0; w < words.Length; w++)
        {
            sb.Append($"{w + 1}\t{words[w]}\t_\t_\t_\t_\t_\t_\t_\t_\n");
            if (w == 3 && badLine is not null) sb.Append(badLine).Append('\n');
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>The sent_id and word forms of each sentence in CoNLL-U output.</summary>
    private static List<string> SentencesOf(string conllu) =>
        [.. conllu.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var id = lines.First(l => l.StartsWith("# sent_id = ", StringComparison.Ordinal))["# sent_id = ".Length..];
            return id + ": " + string.Join(' ', lines.Where(l => l[0] != '#').Select(l => l.Split('\t')[1]));
        })];

    private static string Expected(int i) => $"d{i}-1: Iran met {i} officials in Baghdad .";

    [Fact]
    public async Task Annotate_FromConlluOnStdin_PrintsAsItReadsInInputOrder()
    {
        const int count = 2000;
        var output = new CountingWriter();
        var input = new RecordStream(count, i => ConlluDocument(i), output);
        var exit = await CliContext.WithStdinAsync(() => input, () => DyadApp.RunAsync(["annotate", "--from", "conllu", "--format", "conllu", "-"], output, new StringWriter()));

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, count).Select(Expected), SentencesOf(output.ToString()));
        // Reading the whole input first would print nothing before it ends; streaming holds back at most one window.
        Assert.True(input.OutputLinesAtEnd >= output.Lines / 2, $"{input.OutputLinesAtEnd} of {output.Lines} lines printed when the input ended");
    }

    [Fact]
    public async Task Annotate_FromConlluWithMalformedLine_PrintsEverySentenceBeforeItAndSaysWhere()
    {
        // Two files: documents 0-19, then 20-59 where document 40 has a bad word index after its fourth word.
        var first = Path.Combine(_dir, "a.conllu");
        var second = Path.Combine(_dir, "b.conllu");
        File.WriteAllText(first, string.Concat(Enumerable.Range(0, 20).Select(i => ConlluDocument(i))));
        var text = string.Concat(Enumerable.Range(20, 40).Select(i => ConlluDocument(i, i == 40 ? "x\tbroken" : null)));
        File.WriteAllText(second, text);
        var badLine = text[..text.IndexOf("x\tbroken", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var run = await InProcessDyad.RunAsync("annotate", "--from", "conllu", "--format", "conllu", first, second);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 40).Select(Expected), SentencesOf(run.Out));
        Assert.Equal($"dyad annotate: {second}: CoNLL-U line {badLine}: 'x' is not a word index; stopped there, after printing every sentence before it",
            Assert.Single(run.ErrLines));
    }
}
