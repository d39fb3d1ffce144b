namespace Dyad.Documents;

/// <summary>A contiguous slice of a <see cref="Doc"/>'s tokens.</summary>
public readonly struct TokenSpan
{
    private readonly Doc _doc;

    internal TokenSpan(Doc doc, int first, int count)
    {
        _doc = doc;
        First = first;
        Count = count;
    }

    public int First { get; }
    public int Count { get; }
    public int End => First + Count;
    public Token this[int i] => (uint)i < (uint)Count ? _doc[First + i] : throw new ArgumentOutOfRangeException(nameof(i));
    public int StartChar => Count == 0 ? 0 : _doc[First].Start;
    public int EndChar => Count == 0 ? 0 : _doc[First + Count - 1].End;
    public string Text => Count == 0 ? "" : _doc.Text[StartChar..EndChar];

    public Enumerator GetEnumerator() => new(_doc, First, First + Count);

    /// <summary>Allocation-free enumerator over the slice.</summary>
    public struct Enumerator(Doc doc, int first, int end)
    {
        private int _i = first - 1;
        public readonly Token Current => doc[_i];
        public bool MoveNext() => ++_i < end;
    }
}
