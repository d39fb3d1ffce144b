using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tokenization;

/// <summary>Splits a document's text into tokens with exact character offsets, following UD English-EWT conventions.</summary>
/// <remarks>
/// A hand-written scanner: whitespace-separated chunks are cut into words (with contractions, abbreviations,
/// numbers, URLs and e-mail addresses kept or split as EWT does) and punctuation. It allocates nothing per
/// token and is stateless, so one instance may serve many threads.
/// </remarks>
public sealed class Tokenizer : IStage
{
    public string Name => "tokenizer";
    public Layers Requires => Layers.None;
    public Layers Assigns => Layers.Tokens;

    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.TokenCount > 0)
            throw new InvalidOperationException($"document '{doc.Id}' is already tokenized");
        Tokenize(doc, 0, doc.Text.Length);
    }

    /// <summary>Appends the tokens of <c>doc.Text[from..to]</c> to the document's token table.</summary>
    internal static void Tokenize(Doc doc, int from, int to)
    {
        var text = doc.Text;
        var span = text.AsSpan(0, to);
        int i = from;
        while (i < span.Length)
        {
            if (CharClass.Of(span[i]) == CharKind.Space)
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < span.Length && CharClass.Of(span[end]) != CharKind.Space) end++;
            ScanChunk(doc, text, i, end);
            i = end;
        }
    }

    /// <summary>Cuts one whitespace-free chunk into tokens.</summary>
    private static void ScanChunk(Doc doc, string text, int start, int end)
    {
        if (end - start > 4 && LinkScanner.TryFind(text, start, end, out int linkStart, out int linkEnd))
        {
            ScanPieces(doc, text, start, linkStart);
            Emit(doc, linkStart, linkEnd);
            ScanPieces(doc, text, linkEnd, end);
            return;
        }
        ScanPieces(doc, text, start, end);
    }

    private static void ScanPieces(Doc doc, string text, int start, int end)
    {
        int p = start;
        while (p < end)
        {
            int q = CharClass.IsWord(text[p])
                ? WordScanner.Scan(doc, text, p, end)
                : PunctScanner.Scan(doc, text, p, start, end);
            p = q;
        }
    }

    internal static void Emit(Doc doc, int start, int end)
    {
        var text = doc.Text;
        doc.AddToken(start, end - start, end >= text.Length || CharClass.Of(text[end]) == CharKind.Space);
    }
}
