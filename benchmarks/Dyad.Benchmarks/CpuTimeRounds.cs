using System.Diagnostics;
using Dyad.Parsing;
using Dyad.Processing;
using Dyad.Tagging;

namespace Dyad.Benchmarks;

/// <summary>Tagger + parser pairs ("arms") on EWT dev in alternating rounds, timed in thread CPU time, not wall time.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- syntax-cpu [runs] [parser models folder ...] (the shipped
/// tagger before each parser) or -- tagger-cpu [runs] [tagger models folder ...] (each tagger before the shipped parser);
/// "shipped" names models/. On a loaded 2-core machine BenchmarkDotNet's wall times swing by 2× between runs; the CPU time
/// this thread spends does not wait on the others (caches are still shared), and alternating the arms round by round in one
/// process keeps their ratio fair. A stage that an arm shares with the arm before it, with everything before it shared too
/// (one tagger before several parsers), runs once per round and is reported for both arms.
/// </remarks>
internal static class CpuTimeRounds
{
    private sealed record Arm(string Name, IStage[] Stages);

    public static void Syntax(int runs, IReadOnlyList<string?> parserFolders)
    {
        var tagger = PosTagger.Load();
        Run(runs, [.. parserFolders.Select(f => new Arm("parser " + (f ?? "(shipped)"), [tagger, DependencyParser.Load(f)]))], varying: 1);
    }

    public static void Tagger(int runs, IReadOnlyList<string?> taggerFolders)
    {
        var parser = DependencyParser.Load();
        Run(runs, [.. taggerFolders.Select(f => new Arm("tagger " + (f ?? "(shipped)"), [PosTagger.Load(f), parser]))], varying: 0);
    }

    /// <summary>Times every arm's stages over all documents, one warm-up round and <paramref name="runs"/> measured rounds; the
    /// <paramref name="varying"/> stage is the one the arms differ in, whose runs and ratio to the first arm are printed.</summary>
    private static void Run(int runs, Arm[] arms, int varying)
    {
        var docs = SyntaxBenchmarkData.DevDocs();
        long words = docs.Sum(d => (long)d.TokenCount);
        var times = new List<double>[arms.Length][];
        for (int a = 0; a < arms.Length; a++)
        {
            times[a] = new List<double>[arms[a].Stages.Length];
            for (int s = 0; s < times[a].Length; s++) times[a][s] = SharedPrefix(arms, a, s) ? times[a - 1][s] : [];
        }
        for (int round = -1; round < runs; round++)
            for (int a = 0; a < arms.Length; a++)
                for (int s = 0; s < arms[a].Stages.Length; s++)
                {
                    if (SharedPrefix(arms, a, s)) continue;
                    var stage = arms[a].Stages[s];
                    double t = Cpu(() => { foreach (var d in docs) stage.Process(d); });
                    if (round >= 0) times[a][s].Add(t);
                }
        double first = Median(times[0][varying]);
        for (int a = 0; a < arms.Length; a++)
        {
            var medians = times[a].Select(Median).ToArray();
            var parts = arms[a].Stages.Select((st, s) => $"{st.Name} median {medians[s] * 1000:F1} ms CPU = {words / medians[s]:N0} words/CPU-s");
            Console.WriteLine($"{arms[a].Name}: {string.Join("; ", parts)}; {arms[a].Stages[varying].Name} {medians[varying] / first:F2}× the first arm; "
                + $"all stages {words / medians.Sum():N0} words/CPU-s ({runs} runs); {arms[a].Stages[varying].Name} runs (ms) "
                + string.Join(", ", times[a][varying].Select(x => (x * 1000).ToString("F1"))));
        }
    }

    // The stage and every stage before it are the very objects of the arm before.
    private static bool SharedPrefix(Arm[] arms, int a, int s)
    {
        if (a == 0 || s >= arms[a - 1].Stages.Length) return false;
        for (int k = 0; k <= s; k++) if (!ReferenceEquals(arms[a].Stages[k], arms[a - 1].Stages[k])) return false;
        return true;
    }

    // Thread CPU time (user + system) of the action, in seconds; the action runs on this thread only.
    private static double Cpu(Action action)
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

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
}
