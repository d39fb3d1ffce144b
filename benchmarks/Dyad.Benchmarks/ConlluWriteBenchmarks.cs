using System.Text;
using BenchmarkDotNet.Attributes;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Processing;

namespace Dyad.Benchmarks;

/// <summary>`--format conllu` output cost: <see cref="ConlluDocs.Write"/> of EWT dev (25,147 words) with every layer filled from gold.</summary>
/// <remarks>Run: dotnet run -c Release --project benchmarks/Dyad.Benchmarks -- --filter '*ConlluWrite*' --job short --inProcess.
/// Allocated / 25,147 is the cost per token; the writer is the CLI's (a 64K StreamWriter, "\n"), over Stream.Null.</remarks>
[MemoryDiagnoser]
public class ConlluWriteBenchmarks
{
    private (Doc Doc, List<ConlluSentence> Sentences)[] _docs = [];
    private StreamWriter _out = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = ProjectPaths.RequireShared("ud-english-ewt/en_ewt-ud-dev.conllu");
        _docs = [.. ConlluDocs.ToDocs(ConlluReader.ReadFile(path)).Select(d => { Fill(d.Doc, d.Sentences); return d; })];
        Console.WriteLine($"// {_docs.Sum(d => d.Doc.TokenCount)} tokens in {_docs.Length} documents");
        _out = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    [GlobalCleanup]
    public void Cleanup() => _out.Dispose();

    /// <summary>`dyad annotate --from conllu --format conllu`: the input's comments are copied.</summary>
    [Benchmark(Baseline = true)]
    public void WriteWithComments()
    {
        foreach (var (doc, sentences) in _docs) ConlluDocs.Write(_out, doc, sentences);
    }

    /// <summary>`dyad annotate --format conllu` from text: a `# text =` line per sentence.</summary>
    [Benchmark]
    public void WriteWithTextLine()
    {
        foreach (var (doc, _) in _docs) ConlluDocs.Write(_out, doc);
    }

    // Gold tags, lemmas and arcs stand in for the models' output, and capitalised non-initial words for entities, so
    // every column is written as in a real run.
    private static void Fill(Doc doc, List<ConlluSentence> sentences)
    {
        ConlluDocs.CopyGoldParse(doc, sentences);
        int k = 0;
        foreach (var s in sentences)
        {
            int first = k;
            foreach (var word in s.Words)
            {
                if (word.Form.Length > 0 && char.IsUpper(word.Form[0]) && k > first) doc.SetEntityTag(k, "B-ORG");
                k++;
            }
        }
        doc.Layers |= Layers.Entities;
    }
}
