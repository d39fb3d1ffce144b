using BenchmarkDotNet.Attributes;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Parsing;
using Dyad.Processing;
using Dyad.Tagging;

namespace Dyad.Benchmarks;

/// <summary>Tagging speed on EWT dev (25,147 words) with the shipped tagger, one core.</summary>
/// <remarks>Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- --filter '*Tagger*' '*Parser*' --job short --inProcess;
/// DYAD_BENCH_TAGGER_MODELS names another folder's tagger.bin to measure.</remarks>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private Doc[] _docs = [];
    private PosTagger _tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        _docs = SyntaxBenchmarkData.DevDocs();
        _tagger = PosTagger.Load(Environment.GetEnvironmentVariable("DYAD_BENCH_TAGGER_MODELS") is { Length: > 0 } taggerDir ? taggerDir : null);
    }

    /// <summary>Tokens per second = 25,147 / the mean time.</summary>
    [Benchmark]
    public void TagEwtDev()
    {
        foreach (var d in _docs) _tagger.Process(d);
    }
}

/// <summary>EWT dev as documents with gold tokens and sentences, shared by the syntax benchmarks.</summary>
internal static class SyntaxBenchmarkData
{
    public static Doc[] DevDocs()
    {
        var path = ProjectPaths.RequireShared("ud-english-ewt/en_ewt-ud-dev.conllu");
        var docs = ConlluDocs.ToDocs(ConlluReader.ReadFile(path)).Select(d => d.Doc).ToArray();
        Console.WriteLine($"// {docs.Sum(d => d.TokenCount)} tokens in {docs.Length} documents");
        return docs;
    }
}
