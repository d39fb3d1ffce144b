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
/// <remarks>Read-only after construction and safe to share between threads; <see cref="Mark"/> writes into caller buffers.</remarks>
internal sealed class NameGazetteer
{
    public const int KindCount = 8;
    private readonly TokenTrie _trie = new(new PieceVocabulary());
    private readonly Dictionary<string, NameKinds> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The kinds of a one-word name given lower-cased (None when unknown); does not allocate.</summary>
    public NameKinds KindsOf(ReadOnlySpan<char> lowerWord) =>
        _entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var k) ? k : NameKinds.None;
    public PieceVocabulary Vocabulary => _trie.Vocabulary;
    public IEnumerable<KeyValuePair<string, NameKinds>> Entries => _entries;

    public void Add(string name, NameKinds kinds)
    {
        var key = Pieces.Key(name);
        if (key.Length == 0 || key.Length > 60) return;
        _entries[key] = _entries.GetValueOrDefault(key) | kinds;
    }

    /// <summary>Builds the trie once all names are added; later <see cref="Add"/> calls need another Freeze.</summary>
    public void Freeze()
    {
        foreach (var (key, kinds) in _entries) _trie.Add(key, (int)kinds);
    }

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
                node = _trie.Step(node, seq.Id(p));
                if (node < 0) break;
                if (!seq.EndsToken(p)) continue;
                var payloads = _trie.PayloadsAt(node);
                if (payloads.Count == 0) continue;
                int kinds = 0;
                foreach (var k in payloads) kinds |= k;
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

    public void Write(BinaryWriter w)
    {
        w.Write(_entries.Count);
        foreach (var (key, kinds) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write((byte)kinds);
        }
    }

    public static NameGazetteer Read(BinaryReader r)
    {
        var g = new NameGazetteer();
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++)
        {
            var key = r.ReadString();
            g._entries[key] = (NameKinds)r.ReadByte();
        }
        g.Freeze();
        return g;
    }
}
