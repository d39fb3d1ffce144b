using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tokenization;

/// <summary>Groups a document's tokens into sentences: paragraph breaks always end one, terminal punctuation usually does.</summary>
/// <remarks>
/// Rules find the candidate boundaries and settle the clear cases; when a <see cref="SentenceBoundaryModel"/>
/// is given it decides the uncertain ones (periods after abbreviations, lowercase continuations, line breaks).
/// Stateless apart from the read-only model, so one instance may serve many threads.
/// </remarks>
public sealed class SentenceSplitter : IStage
{
    private readonly SentenceBoundaryModel? _model;

    /// <summary>A rule-only splitter.</summary>
    public SentenceSplitter() { }

    /// <summary>A splitter whose uncertain boundaries are decided by <paramref name="model"/>.</summary>
    public SentenceSplitter(SentenceBoundaryModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The splitter with the shipped boundary model (models/sentence-boundary.bin), or a clear error when it is missing.</summary>
    public static SentenceSplitter LoadDefault() => new(SentenceBoundaryModel.Load(SentenceBoundaryModel.DefaultPath));

    public string Name => "sentence-splitter";
    public Layers Requires => Layers.Tokens;
    public Layers Assigns => Layers.Sentences;
    /// <summary>The boundary model in use, or null for rules alone.</summary>
    public SentenceBoundaryModel? Model => _model;

    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Sentences.Clear();
        int n = doc.TokenCount;
        int first = 0;
        for (int i = 0; i < n; i++)
        {
            if (i + 1 < n && !EndsSentence(doc, i, i + 1 - first)) continue;
            doc.Sentences.Add(new Sentence(first, i + 1 - first, doc[first].Start, doc[i].End));
            first = i + 1;
        }
    }

    /// <summary>Whether a sentence ends after token <paramref name="i"/> (which is not the last).</summary>
    private bool EndsSentence(Doc doc, int i, int sentenceLength)
    {
        var cue = BoundaryCues.Classify(doc, i);
        return cue switch
        {
            BoundaryCue.Paragraph => true,
            BoundaryCue.None or BoundaryCue.Inside => false,
            _ => _model is not null ? _model.EndsSentence(doc, i, cue, sentenceLength) : BoundaryCues.RuleDecision(doc, i, cue),
        };
    }
}
