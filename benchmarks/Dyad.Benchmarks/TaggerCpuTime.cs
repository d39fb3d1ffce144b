using Dyad.Parsing;
using Dyad.Tagging;

namespace Dyad.Benchmarks;

/// <summary>Several taggers on EWT dev in alternating rounds, each followed by the shipped parser, timed in thread CPU time.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- tagger-cpu [runs] [tagger models folder ...] ("shipped":
/// models/). Alternating the taggers round by round in one process keeps their ratio fair when other jobs share the cores.
/// </remarks>
internal static class TaggerCpuTime
{
    public static void Run(int runs, IReadOnlyList<string?> taggerFolders)
    {
        var docs = SyntaxBenchmarkData.DevDocs();
        long words = docs.Sum(d => (long)d.TokenCount);
        var taggers = taggerFolders.Select(PosTagger.Load).ToArray();
        var parser = DependencyParser.Load();
        var tagTimes = taggers.Select(_ => new List<double>()).ToArray();
        var parseTimes = taggers.Select(_ => new List<double>()).ToArray();
        for (int round = -1; round < runs; round++)
            for (int k = 0; k < taggers.Length; k++)
            {
                double t = SyntaxCpuTime.Cpu(() => { foreach (var d in docs) taggers[k].Process(d); });
                double p = SyntaxCpuTime.Cpu(() => { foreach (var d in docs) parser.Process(d); });
                if (round < 0) continue;
                tagTimes[k].Add(t);
                parseTimes[k].Add(p);
            }
        double first = SyntaxCpuTime.Median(tagTimes[0]);
        for (int k = 0; k < taggers.Length; k++)
        {
            double tag = SyntaxCpuTime.Median(tagTimes[k]), parse = SyntaxCpuTime.Median(parseTimes[k]);
            Console.WriteLine($"tagger {taggerFolders[k] ?? "(shipped)"}: tagging median {tag * 1000:F1} ms CPU ({tag / first:F2}× the first), "
                + $"{words / tag:N0} words/CPU-s; parsing {parse * 1000:F1} ms; tagging + parsing {words / (tag + parse):N0} words/CPU-s; "
                + $"tagging runs (ms) {string.Join(", ", tagTimes[k].Select(x => (x * 1000).ToString("F0")))}");
        }
    }
}
