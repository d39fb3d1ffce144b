namespace Dyad.Documents;

/// <summary>One row of a <see cref="Doc"/>'s token table, shaped like a CoNLL-U word line.</summary>
/// <remarks><see cref="Head"/> is a document-level token index, -1 for a sentence root or before parsing.</remarks>
internal struct TokenRow
{
    public int Start;
    public int Length;
    public Upos Upos;
    public bool SpaceAfter;
    public string? Xpos;
    public string? Lemma;
    public int Head;
    public string? DepRel;
    public string? Entity;
}
