using System.Diagnostics;
using Dyad.Parsing;
using Dyad.Tagging;

namespace Dyad.Benchmarks;

/// <summary>Tagging and parsing EWT dev timed in thread CPU time, not wall time: comparable when other jobs share the cores.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- syntax-cpu [runs] [parser models folder ...]. On a loaded
/// 2-core machine BenchmarkDotNet's wall times swing by 2× between runs; the CPU time this thread spends does not wait on
/// the others (caches are still shared). Each folder's parser.bin is measured in turn, round after round, after a warm-up.
/// </remarks>
internal static class SyntaxCpuTime
{
    public static void Run(int runs, IReadOnlyList<string?> parserFolders)
    {
        var docs = SyntaxBenchmarkData.DevDocs();
        long words = docs.Sum(d => (long)d.TokenCount);
        var tagger = PosTagger.Load();
        var parsers = parserFolders.Select(DependencyParser.Load).ToArray();
        var tagTimes = new List<double>();
        var parseTimes = parsers.Select(_ => new List<double>()).ToArray();
        for (int round = -1; round < runs; round++)
        {
            double t = Cpu(() => { foreach (var d in docs) tagger.Process(d); });
            if (round >= 0) tagTimes.Add(t);
            for (int p = 0; p < parsers.Length; p++)
            {
                double s = Cpu(() => { foreach (var d in docs) parsers[p].Process(d); });
                if (round >= 0) parseTimes[p].Add(s);
            }
        }
        double tag = Median(tagTimes);
        Console.WriteLine($"tagging: median {tag * 1000:F1} ms CPU = {words / tag:N0} words per CPU-second ({runs} runs)");
        for (int p = 0; p < parsers.Length; p++)
        {
            double parse = Median(parseTimes[p]);
            Console.WriteLine($"parser {parserFolders[p] ?? "(shipped)"}: parsing median {parse * 1000:F1} ms CPU = {words / parse:N0} words/CPU-s; "
                + $"tagging + parsing {words / (tag + parse):N0} words/CPU-s; runs (ms) {string.Join(", ", parseTimes[p].Select(x => (x * 1000).ToString("F1")))}");
        }
    }

    // Thread CPU time (user + system) of the action, in seconds; the action runs on this thread only.
    internal static double Cpu(Action action)
    {
        var thread = CurrentThread();
        var before = thread.TotalProcessorTime;
        action();
        return (CurrentThread().TotalProcessorTime - before).TotalSeconds;
    }

    private static ProcessThread CurrentThread()
    {
        int id = GetTid();
        foreach (ProcessThread t in Process.GetCurrentProcess().Threads) if (t.Id == id) return t;
        throw new InvalidOperationException("current thread not found");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    internal static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
}
