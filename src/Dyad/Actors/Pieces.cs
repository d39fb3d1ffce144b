using System.Runtime.InteropServices;

namespace Dyad.Actors;

/// <summary>Splits names and token texts into lower-case "pieces" so that dictionary phrases match whatever the tokenizer did.</summary>
/// <remarks>
/// A piece is a run of letters or digits; dots inside a run are dropped ("U.S." is "us"), other marks
/// separate pieces ("al-Maliki" is "al" "maliki") and a trailing possessive "'s" is ignored. Both the
/// dictionaries and the documents go through this, so "al - Maliki" (three tokens) and "al-Maliki" (one)
/// give the same pieces.
/// </remarks>
internal static class Pieces
{
    /// <summary>Calls <paramref name="onPiece"/> for each piece of <paramref name="text"/>, with a lower-cased copy.</summary>
    public static void Split<TState>(ReadOnlySpan<char> text, ref TState state, PieceAction<TState> onPiece)
    {
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (n < buffer.Length) buffer[n++] = char.ToLowerInvariant(c);
                continue;
            }
            if (c == '.' && n > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            if (n == 0) continue;
            bool possessive = n == 1 && buffer[0] == 's' && i - 2 >= 0 && text[i - 2] is '\'' or '’';
            if (!possessive) onPiece(buffer[..n], ref state);
            n = 0;
        }
    }

    /// <summary>The pieces of a phrase as strings (for building dictionaries; allocates).</summary>
    public static List<string> Of(string text)
    {
        var list = new List<string>();
        Split(text.AsSpan(), ref list, static (piece, ref acc) => acc.Add(piece.ToString()));
        return list;
    }

    /// <summary>A phrase's pieces joined by single spaces: the key dictionaries store names under.</summary>
    public static string Key(string text) => string.Join(' ', Of(text));
}

internal delegate void PieceAction<TState>(ReadOnlySpan<char> piece, ref TState state);

/// <summary>Interns piece strings to small integers; lookups by span do not allocate.</summary>
internal sealed class PieceVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PieceVocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    public int Intern(string piece)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, piece, out bool exists);
        if (!exists) id = _ids.Count - 1;
        return id;
    }

    /// <summary>The id of a piece, or -1 when no dictionary phrase contains it.</summary>
    public int Find(ReadOnlySpan<char> piece) => _lookup.TryGetValue(piece, out var id) ? id : -1;
}
