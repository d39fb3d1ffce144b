namespace Dyad.Documents;

/// <summary>A cheap view of one row of a <see cref="Doc"/>'s token table.</summary>
public readonly struct Token
{
    private readonly Doc _doc;

    internal Token(Doc doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    /// <summary>The document-level index of this token.</summary>
    public int Index { get; }

    private ref TokenRow Row => ref _doc.RowAt(Index);

    public int Start => Row.Start;
    public int Length => Row.Length;
    public int End => Row.Start + Row.Length;
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(Row.Start, Row.Length);
    public string Text => _doc.Text.Substring(Row.Start, Row.Length);
    public bool SpaceAfter => Row.SpaceAfter;
    public Upos Upos => Row.Upos;
    public string? Xpos => Row.Xpos;
    public string? Lemma => Row.Lemma;

    /// <summary>Document-level index of the head token, or -1 for a root (or before parsing).</summary>
    public int Head => Row.Head;
    public string? DepRel => Row.DepRel;

    /// <summary>IOB2 entity tag such as "B-PER", or null outside entities.</summary>
    public string? Entity => Row.Entity;

    public override string ToString() => Text;
}
