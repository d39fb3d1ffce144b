namespace Dyad.Actors;

/// <summary>A trie over piece ids mapping multi-word phrases to integer payloads, matched along a <see cref="PieceSequence"/>.</summary>
/// <remarks>Immutable after <see cref="Add"/> calls finish; matching is allocation-free and thread-safe.</remarks>
internal sealed class TokenTrie
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<int>?> _payloads = [null];

    public TokenTrie(PieceVocabulary vocabulary) => Vocabulary = vocabulary;

    public PieceVocabulary Vocabulary { get; }

    public int NodeCount => _payloads.Count;

    /// <summary>Adds a phrase (split into pieces) with a payload; phrases with no pieces are ignored.</summary>
    public bool Add(string phrase, int payload)
    {
        var pieces = Pieces.Of(phrase);
        if (pieces.Count == 0) return false;
        int node = 0;
        foreach (var p in pieces)
        {
            long key = ((long)node << 32) | (uint)Vocabulary.Intern(p);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _payloads.Count;
                _payloads.Add(null);
                _edges[key] = child;
            }
            node = child;
        }
        var list = _payloads[node] ??= [];
        if (!list.Contains(payload)) list.Add(payload);
        return true;
    }

    /// <summary>Child of <paramref name="node"/> along a piece id, or -1.</summary>
    public int Step(int node, int pieceId) =>
        pieceId >= 0 && _edges.TryGetValue(((long)node << 32) | (uint)pieceId, out var child) ? child : -1;

    public IReadOnlyList<int> PayloadsAt(int node) => (IReadOnlyList<int>?)_payloads[node] ?? [];

    /// <summary>
    /// The longest phrase starting at token <paramref name="firstToken"/> that ends on a token boundary:
    /// returns the node (or -1) and the exclusive end token.
    /// </summary>
    public (int Node, int EndToken) Longest(PieceSequence seq, int firstToken, int maxTokens = int.MaxValue)
    {
        int start = seq.FirstPieceOf(firstToken);
        if (start < 0) return (-1, firstToken);
        int node = 0, bestNode = -1, bestEnd = firstToken;
        for (int p = start; p < seq.Count; p++)
        {
            node = Step(node, seq.Id(p));
            if (node < 0) break;
            int token = seq.Token(p);
            if (token - firstToken >= maxTokens) break;
            if (seq.EndsToken(p) && _payloads[node] is not null)
            {
                bestNode = node;
                bestEnd = token + 1;
            }
        }
        return (bestNode, bestEnd);
    }
}

/// <summary>The pieces of a run of tokens, with the token each came from; reusable across sentences.</summary>
internal sealed class PieceSequence
{
    private int[] _ids = new int[64];
    private int[] _tokens = new int[64];
    private int[] _firstPiece = new int[32];
    private int _tokenBase;
    private int _tokenCount;

    public int Count { get; private set; }

    public int Id(int piece) => _ids[piece];
    public int Token(int piece) => _tokens[piece];
    public bool EndsToken(int piece) => piece + 1 >= Count || _tokens[piece + 1] != _tokens[piece];

    /// <summary>Index of the first piece of a token, or -1 when the token has none (punctuation).</summary>
    public int FirstPieceOf(int token)
    {
        int i = token - _tokenBase;
        return (uint)i < (uint)_tokenCount ? _firstPiece[i] : -1;
    }

    public void Reset(int tokenBase)
    {
        Count = 0;
        _tokenBase = tokenBase;
        _tokenCount = 0;
    }

    /// <summary>Appends the next token (tokens must be added in order from the base).</summary>
    public void Add(ReadOnlySpan<char> text, PieceVocabulary vocabulary)
    {
        if (_tokenCount == _firstPiece.Length) Array.Resize(ref _firstPiece, _tokenCount * 2);
        int before = Count;
        var state = (this, vocabulary, _tokenBase + _tokenCount);
        Pieces.Split(text, ref state, static (piece, ref s) => s.Item1.Push(s.vocabulary.Find(piece), s.Item3));
        _firstPiece[_tokenCount++] = Count > before ? before : -1;
    }

    private void Push(int id, int token)
    {
        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _tokens, Count * 2);
        }
        _ids[Count] = id;
        _tokens[Count] = token;
        Count++;
    }
}
