using System.Text;
using System.Text.Json;
using Dyad.Cli;

namespace Dyad.Cli.Tests.Verbs;

public sealed class AnnotateVerbTests
{
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

    /// <summary>JSON Lines articles served one line per read, noting how much output existed when the input ran out.</summary>
    private sealed class ArticleStream(int count, CountingWriter output) : Stream
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
                _line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = $"a{_next:00000}", published = "2024-08-06", text = "Iran met Iraq in Baghdad." }) + "\n");
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
        var input = new ArticleStream(count, output);
        var exit = await CliContext.WithStdinAsync(() => input, () => DyadApp.RunAsync(["annotate", "--from", "text", "-"], output, new StringWriter()));

        Assert.Equal(0, exit);
        var ids = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"a{i:00000}"), ids);
        // Collecting every article first would print nothing before the input ends.
        Assert.True(input.OutputLinesAtEnd >= count / 2, $"{input.OutputLinesAtEnd} of {count} articles printed when the input ended");
    }
}
