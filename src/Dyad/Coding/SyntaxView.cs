using System.Buffers;
using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>A per-document index over the parse: relations, children lists and the mention covering each token.</summary>
/// <remarks>Arrays come from the shared pool and go back on <see cref="Dispose"/> (the mention index is the document's own,
/// <see cref="Doc.MentionAt"/>); one view serves one document on one thread.</remarks>
internal sealed class SyntaxView : IDisposable
{
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _mention;
    private readonly Rel[] _rel;

    public SyntaxView(Doc doc)
    {
        Doc = doc;
        int n = Math.Max(1, doc.TokenCount);
        _firstChild = ArrayPool<int>.Shared.Rent(n);
        _nextSibling = ArrayPool<int>.Shared.Rent(n);
        _mention = doc.MentionsByToken();
        _rel = ArrayPool<Rel>.Shared.Rent(n);
        Count = doc.TokenCount;
        Array.Fill(_firstChild, -1, 0, n);
        Array.Fill(_nextSibling, -1, 0, n);
        // Children are linked in reverse so that, walking from the end, each list comes out in text order.
        for (int i = Count - 1; i >= 0; i--)
        {
            var t = doc[i];
            _rel[i] = RelNames.FromDepRel(t.DepRel);
            int h = t.Head;
            if (h >= 0 && h < Count && h != i)
            {
                _nextSibling[i] = _firstChild[h];
                _firstChild[h] = i;
            }
        }
    }

    public Doc Doc { get; }
    public int Count { get; }

    public Rel RelOf(int i) => _rel[i];
    public int Head(int i) => Doc[i].Head;
    public int FirstChild(int i) => _firstChild[i];
    public int NextSibling(int i) => _nextSibling[i];
    public int MentionAt(int i) => _mention[i];
    public string? Lemma(int i) => Doc[i].Lemma;
    public Upos Upos(int i) => Doc[i].Upos;

    /// <summary>True when the token's lemma or surface form is <paramref name="word"/> (ignoring case).</summary>
    public bool Is(int i, string word)
    {
        var t = Doc[i];
        return string.Equals(t.Lemma, word, StringComparison.OrdinalIgnoreCase)
            || t.Span.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first child with relation <paramref name="rel"/>, or -1.</summary>
    public int Child(int i, Rel rel)
    {
        for (int c = _firstChild[i]; c >= 0; c = _nextSibling[c])
            if (_rel[c] == rel) return c;
        return -1;
    }

    /// <summary>True when some child has one of the given lemmas under relation <paramref name="rel"/>.</summary>
    public bool HasChildWord(int i, Rel rel, ReadOnlySpan<string> words)
    {
        for (int c = _firstChild[i]; c >= 0; c = _nextSibling[c])
            if (_rel[c] == rel)
                foreach (var w in words)
                    if (Is(c, w)) return true;
        return false;
    }

    /// <summary>True for "that", "which", "whose", "who": words that start a clause rather than a noun phrase.</summary>
    public bool IsPossessiveOrRelative(int i) => Is(i, "that") || Is(i, "which") || Is(i, "whose") || Is(i, "who") || Is(i, "whom");

    /// <summary>The preposition of a nominal: its case child, else a case word opening its phrase, or -1.</summary>
    /// <remarks>
    /// The fallback covers a title the parser hangs under the name it precedes: in "the assassination of Hamas
    /// politburo chief Ismail Haniyeh" the parse may attach "of" to "chief" and "chief" under "Ismail". English
    /// prepositions open their phrase, so a case word that is the phrase's first word belongs to the phrase.
    /// </remarks>
    public int CaseOf(int i)
    {
        int c = Child(i, Rel.Case);
        if (c >= 0) return c;
        int first = i;
        for (int k = _firstChild[first], guard = 0; k >= 0 && k < first && guard < 64; k = _firstChild[first], guard++) first = k;
        return first != i && _rel[first] == Rel.Case && Doc[first].Upos == Documents.Upos.ADP ? first : -1;
    }

    /// <summary>True when <paramref name="i"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool Dominates(int root, int i)
    {
        for (int k = i, guard = 0; k >= 0 && guard < 64; k = Doc[k].Head, guard++)
            if (k == root) return true;
        return false;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_firstChild);
        ArrayPool<int>.Shared.Return(_nextSibling);
        ArrayPool<Rel>.Shared.Return(_rel);
    }
}
