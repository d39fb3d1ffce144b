using System.Runtime.CompilerServices;

namespace Dyad.Cli;

/// <summary>Maps a stream of items on several cores and hands the results on in input order, holding a bounded number at once.</summary>
/// <remarks>
/// At most <c>window</c> items are read but not yet written: the reader waits for a free slot, so memory stays flat
/// however long the input, and a slow item holds back the output (never the other workers) by at most one window. Each
/// worker takes the next item as soon as it is free, so no core waits for the slowest item of a batch;
/// the worker that finishes the oldest unwritten item writes it and every finished item after it, under one lock.
/// `dyad code` and `dyad annotate` (`--from text` and `--from conllu`) run through it.
/// </remarks>
internal static class OrderedStream
{
    /// <summary>Items read ahead per core: enough to keep every core busy behind one slow item.</summary>
    public const int WindowPerCore = 16;

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/> and passes the results to <paramref name="write"/> in
    /// input order; returns how many were written.</summary>
    public static async Task<long> RunAsync<TIn, TOut>(IAsyncEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> write,
        int parallelism, int window, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, parallelism);
        using var slots = new SemaphoreSlim(window, window);
        var finished = new Dictionary<long, TOut>(window);
        long next = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Gated(items, slots, ct), options, (item, _) =>
        {
            var result = work(item.Item);
            lock (finished)
            {
                finished.Add(item.Index, result);
                while (finished.Remove(next, out var ready))
                {
                    write(ready);
                    next++;
                    slots.Release();
                }
            }
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return next;
    }

    /// <summary>The items numbered in input order, each only once a slot is free.</summary>
    private static async IAsyncEnumerable<(long Index, T Item)> Gated<T>(IAsyncEnumerable<T> items, SemaphoreSlim slots,
        [EnumeratorCancellation] CancellationToken ct)
    {
        long index = 0;
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            yield return (index++, item);
        }
    }
}
