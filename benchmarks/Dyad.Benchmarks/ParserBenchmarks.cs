using BenchmarkDotNet.Attributes;
using Dyad.Documents;
using Dyad.Parsing;
using Dyad.Tagging;

namespace Dyad.Benchmarks;

/// <summary>Parsing, and tagging plus parsing, on EWT dev (25,147 words) with the shipped models, one core.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- --filter '*Tagger*' '*Parser*' --job short --inProcess.
/// DYAD_BENCH_PARSER_MODELS names another folder's parser.bin to measure (e.g. a beam model not shipped), DYAD_BENCH_TAGGER_MODELS another tagger.bin.
/// </remarks>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private Doc[] _docs = [];
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _docs = SyntaxBenchmarkData.DevDocs();
        _tagger = PosTagger.Load(Environment.GetEnvironmentVariable("DYAD_BENCH_TAGGER_MODELS") is { Length: > 0 } taggerDir ? taggerDir : null);
        _parser = DependencyParser.Load(Environment.GetEnvironmentVariable("DYAD_BENCH_PARSER_MODELS") is { Length: > 0 } dir ? dir : null);
        foreach (var d in _docs) _tagger.Process(d);
    }

    [Benchmark]
    public void ParseEwtDev()
    {
        foreach (var d in _docs) _parser.Process(d);
    }

    [Benchmark]
    public void TagAndParseEwtDev()
    {
        foreach (var d in _docs)
        {
            _tagger.Process(d);
            _parser.Process(d);
        }
    }
}
