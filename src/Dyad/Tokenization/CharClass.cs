using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Tokenization;

/// <summary>The coarse class of a character as the tokenizer sees it.</summary>
internal enum CharKind : byte
{
    Space,
    Letter,
    Digit,
    Punct,
}

/// <summary>A 64K lookup table from UTF-16 code unit to <see cref="CharKind"/>, so the scanner never calls into Unicode data.</summary>
internal static class CharClass
{
    private static readonly CharKind[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharKind Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => Of(c) is CharKind.Letter or CharKind.Digit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static CharKind[] Build()
    {
        var table = new CharKind[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            table[i] = c switch
            {
                // Control characters, zero-width spaces and the BOM separate tokens but never become one.
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => CharKind.Space,
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => CharKind.Space,
                '_' => CharKind.Letter,
                _ when c is >= '0' and <= '9' => CharKind.Digit,
                _ when char.IsLetter(c) => CharKind.Letter,
                _ => CharUnicodeInfo.GetUnicodeCategory(c) switch
                {
                    UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Letter,
                    UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
                    _ => CharKind.Punct,
                },
            };
        }
        return table;
    }
}
