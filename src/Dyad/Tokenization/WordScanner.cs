using Dyad.Documents;

namespace Dyad.Tokenization;

/// <summary>Scans one word (letters, digits and the joiners EWT keeps inside words) and emits it, split where EWT splits.</summary>
internal static class WordScanner
{
    /// <summary>Emits the word starting at <paramref name="p"/> and returns the position after it.</summary>
    public static int Scan(Doc doc, string text, int p, int end)
    {
        var span = text.AsSpan(0, end);
        int q = p + 1;
        int segment = p;
        while (q < span.Length)
        {
            char c = span[q];
            if (CharClass.IsWord(c))
            {
                q++;
                continue;
            }
            if (q + 1 >= end || !Joins(text, p, segment, q, end)) break;
            q++;
            if (c == '-') segment = q;
        }

        // A period after an abbreviation or an initial is part of the word ("Dr.", "U.S.", "J."); of two
        // periods ("Inc..") the second ends the sentence, of three or more ("etc...") none is taken.
        if (q < end && text[q] == '.' && PeriodsAt(text, q, end) <= 2 && TakesPeriod(text, p, q, end))
        {
            Tokenizer.Emit(doc, p, q + 1);
            return q + 1;
        }
        EmitSplit(doc, text, p, q);
        return q;
    }

    /// <summary>Whether the non-word character at <paramref name="q"/> joins the word around it.</summary>
    private static bool Joins(string text, int word, int segment, int q, int end)
    {
        char c = text[q], prev = text[q - 1], next = text[q + 1];
        var nextKind = CharClass.Of(next);
        bool nextWord = nextKind is CharKind.Letter or CharKind.Digit;
        return c switch
        {
            '.' => nextWord,
            ':' => CharClass.IsDigit(prev) && nextKind == CharKind.Digit,
            // "11/20/2000" and the shorthand "b/c", "w/o"; "and/or" splits.
            '/' => (CharClass.IsDigit(prev) && nextKind == CharKind.Digit) || (q - segment == 1 && char.IsLetter(prev) && char.IsLetter(next) && IsSingleLetterAfter(text, q + 1, end)),
            ',' => CharClass.IsDigit(prev) && IsThousands(text, q + 1, end),
            '\'' or '\u2019' => nextKind == CharKind.Letter,
            '&' => char.IsAsciiLetterUpper(prev) && char.IsAsciiLetterUpper(next),
            '-' => nextWord && HyphenJoins(text, word, segment, q, end),
            _ => false,
        };
    }

    /// <summary>"1,000" but not "1,2": exactly three digits follow the comma.</summary>
    private static bool IsThousands(string text, int at, int end)
    {
        int n = 0;
        while (at + n < end && CharClass.IsDigit(text[at + n])) n++;
        return n == 3;
    }

    /// <summary>EWT splits hyphens ("al - Sudani") except after a few prefixes ("e-mail") and inside dates and phone numbers.</summary>
    private static bool HyphenJoins(string text, int word, int segment, int q, int end)
    {
        var left = text.AsSpan(segment, q - segment);
        if (CharClass.IsDigit(text[q + 1]))
        {
            // Dates and phone numbers ("2024-08-06", "713-853-3989") and extensions ("3-5213") stay whole;
            // ranges ("1969-1970", "3-4") split.
            if (!IsAllDigits(left)) return false;
            int n = 0;
            while (q + 1 + n < end && CharClass.IsDigit(text[q + 1 + n])) n++;
            bool chained = segment > word && text[segment - 1] == '-';
            bool threeParts = q + 2 + n < end && text[q + 1 + n] == '-' && CharClass.IsDigit(text[q + 2 + n]);
            return chained || threeParts || (left.Length <= 3 && n >= 4);
        }
        return TokenLexicon.IsJoiningPrefix(left);
    }

    private static int PeriodsAt(string text, int q, int end)
    {
        int n = 0;
        while (q + n < end && text[q + n] == '.') n++;
        return n;
    }

    /// <summary>Whether one letter, or "out" as in "w/out", sits at <paramref name="at"/> before a non-letter.</summary>
    private static bool IsSingleLetterAfter(string text, int at, int end)
    {
        int n = 0;
        while (at + n < end && char.IsLetter(text[at + n])) n++;
        return n == 1 || text.AsSpan(at, n) is "out";
    }

    private static bool TakesPeriod(string text, int p, int q, int end)
    {
        var word = text.AsSpan(p, q - p);
        if (word.Length == 1) return char.IsUpper(word[0]);
        if (word.Contains('.')) return IsDottedInitials(word);
        if (word is "No" or "no" or "Nos")
            return q + 2 < text.Length && char.IsWhiteSpace(text[q + 1]) && CharClass.IsDigit(text[q + 2]);
        return TokenLexicon.IsAbbreviation(word);
    }

    /// <summary>"U.S", "p.m", "Ph.D", "e.g": letter groups of one or two separated by periods.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        int run = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (run == 0) return false;
                run = 0;
            }
            else if (!char.IsLetter(c) || ++run > 2) return false;
        }
        return true;
    }

    /// <summary>Emits a word, splitting clitics ("do|n't", "Google|'s"), fused forms ("can|not") and units ("5|pm").</summary>
    private static void EmitSplit(Doc doc, string text, int p, int q)
    {
        var word = text.AsSpan(p, q - p);
        int cut = SplitPoint(word);
        if (cut > 0)
        {
            Tokenizer.Emit(doc, p, p + cut);
            Tokenizer.Emit(doc, p + cut, q);
            return;
        }
        Tokenizer.Emit(doc, p, q);
    }

    private static int SplitPoint(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n >= 4 && (w[n - 1] | 0x20) == 't' && CharClass.IsApostrophe(w[n - 2]) && (w[n - 3] | 0x20) == 'n')
            return n - 3;
        int apostrophe = w.LastIndexOfAny('\'', '\u2019');
        if (apostrophe > 0)
        {
            var suffix = w[(apostrophe + 1)..];
            if (IsClitic(suffix) && !IsAllDigits(w[..apostrophe])) return apostrophe;
            return 0;
        }
        if (CharClass.IsDigit(w[0]))
        {
            int digits = 1;
            while (digits < n && !char.IsLetter(w[digits])) digits++;
            if (digits < n && CharClass.IsDigit(w[digits - 1]) && TokenLexicon.IsNumberSuffix(w[digits..])) return digits;
            return 0;
        }
        return n is >= 2 and <= 8 && MayBeFused(w[n - 2], w[n - 1]) ? TokenLexicon.FusedSplit(w) : 0;
    }

    /// <summary>A cheap filter before the dictionary: every fused form ends in nt, ot, na, ta, im, re or ve.</summary>
    private static bool MayBeFused(char a, char b) => ((a | 0x20), (b | 0x20)) is ('n', 't') or ('o', 't') or ('n', 'a') or ('t', 'a') or ('i', 'm') or ('r', 'e') or ('v', 'e');

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => (s[0] | 0x20, s[1] | 0x20) is ('l', 'l') or ('r', 'e') or ('v', 'e'),
        _ => false,
    };

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!CharClass.IsDigit(c)) return false;
        return s.Length > 0;
    }
}
