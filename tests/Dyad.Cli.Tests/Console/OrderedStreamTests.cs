using Dyad.Cli;

namespace Dyad.Cli.Tests.Console;

public sealed class OrderedStreamTests
{
    private sealed class Source(int count)
    {
        public int Read;
        public int MaxAhead;
        public int Written;

        public async IAsyncEnumerable<int> Items()
        {
            for (int i = 0; i < count; i++)
            {
                await Task.Yield();
                Read++;
                MaxAhead = Math.Max(MaxAhead, Read - Volatile.Read(ref Written));
                yield return i;
            }
        }
    }

    [Fact]
    public async Task Run_UnevenWork_WritesInInputOrderAndReadsAtMostOneWindowAhead()
    {
        var source = new Source(600);
        var output = new List<int>();
        // Every 50th item is slow, so later items finish first and must wait for it.
        var written = await OrderedStream.RunAsync(source.Items(), i => { if (i % 50 == 0) Thread.Sleep(20); return i * 2; },
            x => { output.Add(x); Interlocked.Increment(ref source.Written); }, parallelism: 3, window: 12);

        Assert.Equal(600, written);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => i * 2), output);
        Assert.InRange(source.MaxAhead, 1, 12 + 1);
    }

    [Fact]
    public async Task Run_WorkThrows_StopsAndRethrowsThatError()
    {
        var source = new Source(100_000);
        var output = new List<int>();
        var error = await Assert.ThrowsAsync<FormatException>(() => OrderedStream.RunAsync(source.Items(),
            i => i == 30 ? throw new FormatException("bad item 30") : i, output.Add, parallelism: 2, window: 8));

        Assert.Equal("bad item 30", error.Message);
        Assert.Equal(Enumerable.Range(0, 30), output);
        Assert.True(source.Read < 100, $"read {source.Read} items after the failure");
    }
}
