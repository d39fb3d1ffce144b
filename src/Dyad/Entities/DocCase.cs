namespace Dyad.Entities;

/// <summary>How each word is written away from sentence starts across one document: the cue for a sentence-initial "Iraq" or a lower-case "apple".</summary>
internal sealed class DocCase
{
    private readonly Dictionary<string, (int Cap, int Lower)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Cap, int Lower)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public DocCase() => _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forgets every count, keeping the table's capacity for the next document.</summary>
    public void Clear() => _counts.Clear();

    /// <summary>Adds one sentence's words (the first word is skipped: its capital says nothing).</summary>
    public void Add<TWords>(TWords words) where TWords : IWordSource
    {
        Span<char> buffer = stackalloc char[64];
        for (int i = 1; i < words.Count; i++)
        {
            var w = words.Word(i);
            if (w.Length == 0 || w.Length > buffer.Length || !char.IsLetter(w[0])) continue;
            w.ToLowerInvariant(buffer);
            var key = buffer[..w.Length];
            bool cap = char.IsUpper(w[0]);
            if (_lookup.TryGetValue(key, out var c)) _lookup[key] = cap ? (c.Cap + 1, c.Lower) : (c.Cap, c.Lower + 1);
            else _counts[key.ToString()] = cap ? (1, 0) : (0, 1);
        }
    }

    /// <summary>0-3: bit 1 capitalised elsewhere, bit 0 lower case elsewhere (this occurrence excluded).</summary>
    public int Of(ReadOnlySpan<char> lower, bool selfCounted, bool selfCap)
    {
        if (!_lookup.TryGetValue(lower, out var c)) return 0;
        if (selfCounted)
        {
            if (selfCap) c.Cap--;
            else c.Lower--;
        }
        return (c.Cap > 0 ? 2 : 0) | (c.Lower > 0 ? 1 : 0);
    }
}
