using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dyad.Learning;
using Dyad.Parsing;

namespace Dyad.Benchmarks;

/// <summary>Where the time of loading the shipped parser goes: inflate, checksum, parse and hash-table build, each as first (cold), minimum and median of several runs.</summary>
/// <remarks>Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- load-breakdown [runs]. A stopwatch breakdown rather than
/// BenchmarkDotNet: load time is a cold, once-per-process cost, and the steps are timed in the order a load does them.</remarks>
internal static class ModelLoadBreakdown
{
    public static void Run(int runs)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "parser.bin");
        var inflate = new List<double>();
        var crc = new List<double>();
        var load = new List<double>();
        var build = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var payload = Inflate(path);
            inflate.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            Crc32.Compute(payload);
            crc.Add(clock.Elapsed.TotalMilliseconds);
            var pauses = GC.GetTotalPauseDuration();
            int gen2 = GC.CollectionCount(2);
            clock.Restart();
            var model = ParserModel.Load(path);
            load.Add(clock.Elapsed.TotalMilliseconds);
            if (i == 0) Console.WriteLine($"first load: {GC.CollectionCount(2) - gen2} gen-2 collections, {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms paused");
            clock.Restart();
            foreach (var m in new[] { model.Transitions, model.Labels, model.Punctuation })
                if (m is not null) _ = new PerceptronModel(m.ClassCount, m.Scale, m.Keys, m.Starts, m.Entries);
            build.Add(clock.Elapsed.TotalMilliseconds);
            if (i == 0)
                Console.WriteLine("classifiers (features/entries/classes): " + string.Join(", ", new[] { model.Transitions, model.Labels, model.Punctuation }
                    .Select(m => m is null ? "-" : $"{m.FeatureCount}/{m.EntryCount}/{m.ClassCount}")));
        }
        // The first run is what a process pays (cold code, tier-0 JIT); the minimum is the least disturbed warm run on a shared machine.
        string Of(List<double> xs) => $"{xs[0]:0}/{xs.Min():0}/{xs.Order().ElementAt(xs.Count / 2):0}";
        Console.WriteLine($"parser.bin, first (cold)/min/median of {runs} runs (ms): whole load {Of(load)}; its steps: inflate {Of(inflate)}, CRC-32 {Of(crc)}, "
            + $"hash tables {Of(build)}; parse = the rest");
    }

    private static byte[] Inflate(string path)
    {
        using var fs = File.OpenRead(path);
        using var r = new BinaryReader(fs, Encoding.UTF8);
        r.ReadBytes(8);
        r.ReadString();
        r.ReadInt32();
        var bytes = new byte[r.ReadInt32()];
        r.ReadUInt32();
        using var deflate = new DeflateStream(fs, CompressionMode.Decompress);
        deflate.ReadExactly(bytes);
        return bytes;
    }
}
