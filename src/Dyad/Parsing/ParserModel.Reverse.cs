namespace Dyad.Parsing;

// A right-to-left parser (Sagae and Lavie 2006; Hall et al. 2007) reads each sentence with its words and marks in reverse
// order: the features, oracle and transition system stay the same, only the input is mirrored, and its heads are mirrored
// back. It makes errors the left-to-right parser does not, which a combination of the two trees (ParserCombination) exploits.
public sealed partial class ParserModel
{
    /// <summary>True when this parser reads sentences right to left; its heads are still reported in the sentence's order.</summary>
    public bool Reverse { get; }

    /// <summary>This model reading in the direction <paramref name="reverse"/> (the trainer works on mirrored sentences with an unflagged model).</summary>
    internal ParserModel WithReverse(bool reverse) =>
        reverse == Reverse ? this : new(Transitions, Labels, Relations, Punctuation, PunctuationAside, BeamWidth, BeamMargin, reverse, Classes);

    private void ParseReversed(ParserFeatures features, ParserState state, int count)
    {
        features.Reverse();
        var mirrored = features.ReversedState;
        ParseInOrder(features, mirrored, count);
        state.Reset(count);
        for (int r = 0; r < count; r++)
        {
            int h = mirrored.Heads[r], dep = count - 1 - r;
            state.AddArc(h < 0 || h >= count ? count : count - 1 - h, dep, mirrored.Labels[r]);
            state.Margins[dep] = mirrored.Margins[r];
        }
    }
}
