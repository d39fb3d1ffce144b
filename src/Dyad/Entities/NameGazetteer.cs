using Dyad.Actors;

namespace Dyad.Entities;

/// <summary>Kinds of names the recogniser's gazetteer knows; a phrase may have several.</summary>
[Flags]
internal enum NameKinds : byte
{
    None = 0,
    Country = 1,
    City = 2,
    Region = 4,
    Demonym = 8,
    Organisation = 16,
    Person = 32,
    FirstName = 64,

    /// <summary>A title or role noun from the agent dictionary ("Prime Minister", "Secretary of State").</summary>
    Title = 128,
}

/// <summary>A compact list of names (countries, cities, demonyms, dictionary actors) matched as token-trie phrases.</summary>
/// <remarks>
/// Read-only after construction and safe to share between threads; <see cref="Mark"/> writes into caller buffers.
/// The trie is stored flat (pieces, then each node's parent, piece and kinds), so loading rebuilds two hash
/// tables from arrays instead of splitting 60,000 names into pieces again.
/// </remarks>
internal sealed class NameGazetteer
{
    public const int KindCount = 8;
    private readonly PieceVocabulary _vocabulary = new();
    private readonly List<string> _pieces = [];
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _parent = [-1];
    private readonly List<int> _piece = [-1];
    private readonly List<byte> _kinds = [0];
    private byte[] _nodeKinds = [0];
    private Dictionary<string, NameKinds>? _entries = new(StringComparer.Ordinal);

    /// <summary>How many distinct names (trie nodes that end one).</summary>
    public int Count { get; private set; }

    /// <summary>The kinds of a one-word name given lower-cased (None when unknown); does not allocate.</summary>
    public NameKinds KindsOf(ReadOnlySpan<char> lowerWord)
    {
        int node = Step(0, _vocabulary.Find(lowerWord));
        return node < 0 ? NameKinds.None : (NameKinds)_nodeKinds[node];
    }

    public PieceVocabulary Vocabulary => _vocabulary;

    public void Add(string name, NameKinds kinds)
    {
        if (_entries is null) throw new InvalidOperationException("a loaded gazetteer is read-only");
        var key = Pieces.Key(name);
        if (key.Length == 0 || key.Length > 60) return;
        _entries[key] = _entries.GetValueOrDefault(key) | kinds;
    }

    /// <summary>Builds the trie once all names are added; later <see cref="Add"/> calls need another Freeze.</summary>
    public void Freeze()
    {
        if (_entries is null) return;
        // Pieces numbered in sorted order and names added in sorted order (nodes in depth-first order) keep the
        // stored arrays regular, so they compress about as well as the sorted names did.
        foreach (var piece in _entries.Keys.SelectMany(k => k.Split(' ')).Distinct().Order(StringComparer.Ordinal)) Intern(piece);
        foreach (var (key, kinds) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            int node = 0;
            foreach (var piece in key.Split(' ')) node = Child(node, Intern(piece));
            _kinds[node] = (byte)(_kinds[node] | (byte)kinds);
        }
        Seal();
    }

    private int Intern(string piece)
    {
        int id = _vocabulary.Intern(piece);
        if (id == _pieces.Count) _pieces.Add(piece);
        return id;
    }

    private int Child(int node, int piece)
    {
        long key = ((long)node << 32) | (uint)piece;
        if (_edges.TryGetValue(key, out var child)) return child;
        child = _parent.Count;
        _parent.Add(node);
        _piece.Add(piece);
        _kinds.Add(0);
        _edges[key] = child;
        return child;
    }

    private void Seal()
    {
        _nodeKinds = [.. _kinds];
        Count = _nodeKinds.Count(k => k != 0);
    }

    private int Step(int node, int pieceId) =>
        pieceId >= 0 && _edges.TryGetValue(((long)node << 32) | (uint)pieceId, out var child) ? child : -1;

    /// <summary>
    /// For each token, a bit set of (kind, part) pairs over every gazetteer phrase that covers it:
    /// bit 4*kind + part, part 0 B, 1 I, 2 L, 3 U.
    /// </summary>
    public void Mark(PieceSequence seq, int firstToken, int tokenCount, Span<int> bits)
    {
        bits[..tokenCount].Clear();
        for (int t = 0; t < tokenCount; t++)
        {
            int p = seq.FirstPieceOf(firstToken + t);
            if (p < 0) continue;
            int node = 0;
            for (; p < seq.Count; p++)
            {
                node = Step(node, seq.Id(p));
                if (node < 0) break;
                if (!seq.EndsToken(p)) continue;
                int kinds = _nodeKinds[node];
                if (kinds == 0) continue;
                int end = seq.Token(p) - firstToken;
                for (int kind = 0; kind < KindCount; kind++)
                {
                    if ((kinds & (1 << kind)) == 0) continue;
                    if (end == t) { bits[t] |= 1 << (4 * kind + 3); continue; }
                    bits[t] |= 1 << (4 * kind);
                    for (int i = t + 1; i < end; i++) bits[i] |= 1 << (4 * kind + 1);
                    bits[end] |= 1 << (4 * kind + 2);
                }
            }
        }
    }

    /// <summary>Every name with its kinds, as its lower-case pieces (allocates; for building other models' lists).</summary>
    public IEnumerable<(string[] Pieces, NameKinds Kinds)> Names()
    {
        for (int node = 1; node < _parent.Count; node++)
        {
            if (_kinds[node] == 0) continue;
            var pieces = new List<string>();
            for (int at = node; at > 0; at = _parent[at]) pieces.Add(_pieces[_piece[at]]);
            pieces.Reverse();
            yield return ([.. pieces], (NameKinds)_kinds[node]);
        }
    }

    /// <summary>Writes the pieces, then each node depth-first: its kinds, its child count and the children's piece ids as gaps.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_pieces.Count);
        foreach (var piece in _pieces) w.Write(piece);
        var children = new List<int>?[_parent.Count];
        for (int i = 1; i < _parent.Count; i++) (children[_parent[i]] ??= []).Add(i);
        w.Write(_parent.Count);
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            var kids = children[node];
            kids?.Sort((x, y) => _piece[x].CompareTo(_piece[y]));
            w.Write(_kinds[node]);
            w.Write7BitEncodedInt(kids?.Count ?? 0);
            int last = 0;
            foreach (var k in kids ?? []) { w.Write7BitEncodedInt(_piece[k] - last); last = _piece[k]; }
            for (int k = (kids?.Count ?? 0) - 1; k >= 0; k--) stack.Push(kids![k]);
        }
    }

    public static NameGazetteer Read(BinaryReader r)
    {
        var g = new NameGazetteer { _entries = null };
        int pieces = r.ReadInt32();
        for (int i = 0; i < pieces; i++)
            if (g.Intern(r.ReadString()) != i) throw new InvalidDataException("gazetteer piece listed twice");
        int nodes = r.ReadInt32();
        if (nodes < 1) throw new InvalidDataException("gazetteer has no root");
        g._edges.EnsureCapacity(nodes);
        var kinds = new byte[nodes];
        // Pending children as (parent, piece), visited in the order the writer wrote them: ids are handed out on visit.
        var stack = new Stack<long>();
        int next = 0;
        Visit(-1, 0);
        while (stack.Count > 0)
        {
            long pending = stack.Pop();
            Visit((int)(pending >> 32), (int)(uint)pending);
        }
        if (next != nodes) throw new InvalidDataException("gazetteer node count mismatch");
        g._nodeKinds = kinds;
        g.Count = kinds.Count(k => k != 0);
        return g;

        void Visit(int parent, int piece)
        {
            int id = next++;
            if (id >= nodes) throw new InvalidDataException("gazetteer has more nodes than it declares");
            kinds[id] = r.ReadByte();
            // The node lists are what Write walks: without them a loaded model saved again lost its gazetteer.
            if (parent >= 0)
            {
                g._edges.Add(((long)parent << 32) | (uint)piece, id);
                g._parent.Add(parent);
                g._piece.Add(piece);
                g._kinds.Add(kinds[id]);
            }
            else g._kinds[0] = kinds[id];
            int count = r.Read7BitEncodedInt();
            Span<int> kids = count <= 256 ? stackalloc int[count] : new int[count];
            int at = 0;
            for (int k = 0; k < count; k++)
            {
                at += r.Read7BitEncodedInt();
                if ((uint)at >= (uint)pieces) throw new InvalidDataException("gazetteer piece out of range");
                kids[k] = at;
            }
            for (int k = count - 1; k >= 0; k--) stack.Push(((long)id << 32) | (uint)kids[k]);
        }
    }
}
