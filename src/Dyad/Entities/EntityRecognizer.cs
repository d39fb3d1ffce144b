using System.Buffers;
using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Entities;

/// <summary>Finds PER, ORG and LOC names with the trained model and NORP (nationalities, "Iran-aligned") by demonym rules.</summary>
/// <remarks>Thread-safe: the model is read-only and each call uses its own scratch space.</remarks>
public sealed class EntityRecognizer : IStage
{
    private readonly NerModel _model;

    internal EntityRecognizer(NerModel model) => _model = model;

    /// <summary>Loads models/ner.bin from beside the assembly (or <paramref name="path"/>).</summary>
    public static EntityRecognizer Load(string? path = null) =>
        new(NerModel.Load(path ?? Path.Combine(ProjectPaths.Models, "ner.bin")));

    public string Name => "entities";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Assigns => Layers.Entities;

    // One scratch per thread, reused across documents: its buffers grow to the longest sentence once.
    [ThreadStatic] private static NerScratch? _scratch;

    public void Process(Doc doc)
    {
        var scratch = _scratch ??= new NerScratch { Case = new DocCase() };
        scratch.Case!.Clear();
        int count = doc.Sentences.Count, tokens = 0;
        var sentences = ArrayPool<DocWords>.Shared.Rent(Math.Max(count, 1));
        for (int i = 0; i < count; i++)
        {
            var sentence = doc.Sentences[i];
            sentences[i] = new DocWords(doc, sentence.FirstToken, sentence.TokenCount);
            scratch.Case.Add(sentences[i]);
            tokens += sentence.TokenCount;
        }
        var labels = ArrayPool<int>.Shared.Rent(Math.Max(tokens, 1));
        try
        {
            _model.TagDocument(sentences.AsSpan(0, count), scratch, labels.AsSpan(0, tokens),
                (i, sentenceLabels) => Apply(doc, doc.Sentences[i], sentenceLabels, scratch));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<DocWords>.Shared.Return(sentences, clearArray: true);
        }
        doc.Entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        DocConsistency.Apply(doc);
    }

    private void Apply(Doc doc, Sentence sentence, ReadOnlySpan<int> labels, NerScratch scratch)
    {
        int first = sentence.FirstToken;
        int start = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : BilouLabels.O;
            string? tag = i < labels.Length ? BilouLabels.ToIob2(i > 0 ? labels[i - 1] : -1, label) : null;
            if (start >= 0 && (tag is null || tag[0] == 'B'))
            {
                doc.Entities.Add(MentionOf(doc, first + start, i - start, BilouLabels.Types[BilouLabels.Type(labels[start])]));
                start = -1;
            }
            if (tag is not null && tag[0] == 'B') start = i;
            if (i < labels.Length) doc.SetEntityTag(first + i, tag);
        }
        NorpRules.Apply(doc, sentence, scratch, _model.Features.Gazetteer);
    }

    internal static Mention MentionOf(Doc doc, int first, int count, string label)
    {
        var span = doc.Slice(first, count);
        return new Mention(first, count, span.StartChar, span.EndChar, label, span.Text);
    }

    /// <summary>A sentence's tokens as the model's word source.</summary>
    private readonly struct DocWords(Doc doc, int first, int count) : IWordSource
    {
        public int Count => count;
        public ReadOnlySpan<char> Word(int i) => doc[first + i].Span;
    }
}
