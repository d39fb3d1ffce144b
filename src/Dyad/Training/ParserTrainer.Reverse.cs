using Dyad.Parsing;

namespace Dyad.Training;

// The right-to-left parser trains on mirrored sentences; its trees and the left-to-right parser's are combined by ParserCombination.
public sealed partial class ParserTrainer
{
    /// <summary>The sentences with their words in reverse order and heads mapped to the new positions (the root stays -1).</summary>
    internal static List<TreebankSentence> Mirrored(IReadOnlyList<TreebankSentence> sentences) => [.. sentences.Select(Mirror)];

    internal static TreebankSentence Mirror(TreebankSentence s)
    {
        int n = s.Length;
        var heads = new int[n];
        for (int i = 0; i < n; i++) heads[n - 1 - i] = s.Heads[i] < 0 ? -1 : n - 1 - s.Heads[i];
        return new TreebankSentence(Reversed(s.Forms), Reversed(s.Lemmas), Reversed(s.Upos), Reversed(s.Xpos), heads, Reversed(s.Rels)) { Document = s.Document };
    }

    private static string[] Reversed(string[] items)
    {
        var copy = (string[])items.Clone();
        Array.Reverse(copy);
        return copy;
    }

    /// <summary>Scores the combination of <paramref name="first"/>'s and <paramref name="second"/>'s trees on <paramref name="sentences"/>.</summary>
    internal static SyntaxScore EvaluateCombined(ParserModel first, ParserModel second, ParserCombination combination, IEnumerable<TreebankSentence> sentences)
    {
        var score = new SyntaxScore();
        var features = new ParserFeatures();
        var state = new ParserState();
        foreach (var s in sentences)
        {
            var (words, tags, punct) = Atoms(s);
            combination.Parse(first, second, features, state, words, tags, punct);
            var (heads, rels) = Tree(state, first.Relations, s.Length);
            score.Add(s, null, null, null, heads, rels);
        }
        return score;
    }
}
