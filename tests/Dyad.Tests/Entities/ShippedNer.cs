using Dyad.Documents;
using Dyad.Entities;
using Dyad.Processing;
using Dyad.TestSupport;
using Dyad.Tokenization;

namespace Dyad.Tests.Entities;

/// <summary>Tokenizer, sentence splitter and the shipped entity model (models/ner.bin), loaded once for the rule tests.</summary>
internal static class ShippedNer
{
    private static readonly Lazy<Pipeline> Stages = new(() => Pipeline.Create(
        new Tokenizer(), new SentenceSplitter(), EntityRecognizer.Load(Path.Combine(RepoPaths.Root, "models", "ner.bin"))));

    public static Doc Annotate(string text)
    {
        var doc = new Doc("t", text);
        Stages.Value.Process(doc);
        return doc;
    }
}
