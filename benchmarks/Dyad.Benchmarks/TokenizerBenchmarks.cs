using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Formats;
using Dyad.Processing;
using Dyad.Tokenization;

namespace Dyad.Benchmarks;

/// <summary>Tokenizer and sentence splitter throughput on UD English-EWT train raw text (or the bundled samples, repeated, when it is absent).</summary>
[Config(typeof(TokensPerSecondConfig))]
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private static readonly Lazy<(string Name, string[] Texts, int Tokens)> Corpus = new(LoadCorpus);
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = Corpus.Value.Texts;

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int n = 0;
        foreach (var text in _texts)
        {
            var doc = new Doc("b", text);
            _tokenizer.Process(doc);
            n += doc.TokenCount;
        }
        return n;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        int n = 0;
        foreach (var text in _texts)
        {
            var doc = new Doc("b", text);
            _tokenizer.Process(doc);
            _splitter.Process(doc);
            n += doc.Sentences.Count;
        }
        return n;
    }

    private static (string, string[], int) LoadCorpus()
    {
        string name;
        string[] texts;
        var ewt = ProjectPaths.SharedData is { } root ? Path.Combine(root, "ud-english-ewt", "en_ewt-ud-train.conllu") : null;
        if (ewt is not null && File.Exists(ewt))
        {
            name = "EWT train";
            texts = UdRawDocument.FromSentences(ConlluReader.ReadFile(ewt)).Select(d => d.Text).ToArray();
        }
        else
        {
            name = "wikinews samples x5";
            var samples = File.ReadLines(FindSamples())
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
                .ToArray();
            texts = [.. Enumerable.Repeat(samples, 5).SelectMany(s => s)];
        }
        var tokenizer = new Tokenizer();
        int tokens = 0;
        foreach (var t in texts)
        {
            var doc = new Doc("c", t);
            tokenizer.Process(doc);
            tokens += doc.TokenCount;
        }
        return (name, texts, tokens);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", "wikinews-43.jsonl");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("neither ../shared/data nor samples/wikinews-43.jsonl was found");
    }

    /// <summary>Adds a tokens-per-second column computed from each benchmark's median time.</summary>
    private sealed class TokensPerSecondConfig : ManualConfig
    {
        public TokensPerSecondConfig() => AddColumn(new TokensPerSecondColumn());
    }

    private sealed class TokensPerSecondColumn : IColumn
    {
        public string Id => nameof(TokensPerSecondColumn);
        public string ColumnName => "Tokens/s (median)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"tokens per second over the corpus ({Corpus.Value.Name}, {Corpus.Value.Tokens:N0} tokens), from the median time";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null || stats.Median <= 0) return "-";
            return (Corpus.Value.Tokens / (stats.Median / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
