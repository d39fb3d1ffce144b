using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Processing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

public sealed class PunctuationFeaturesTests
{
    // "He said , they left ." : said ← He, said → left (ccomp), left ← they; both marks hang on "said".
    private static (ParserFeatures Features, ParserState State) Sentence(int[] heads)
    {
        string[] forms = ["he", "said", ",", "they", "left", "."];
        bool[] punct = [false, false, true, false, false, true];
        var features = new ParserFeatures();
        features.Prepare(forms.Length, forms.Select(w => FeatureHash.Lower(w)).ToArray(), forms.Select(w => FeatureHash.Text(w)).ToArray(), punct);
        var state = new ParserState();
        state.SetTree(heads, new int[heads.Length]);
        return (features, state);
    }

    [Fact]
    public void Collect_Comma_OffersTheAncestorsOfBothNeighboursUpToTheLowestSpanningHead()
    {
        var (features, state) = Sentence([1, -1, 1, 4, 1, 1]);
        var pf = features.Punctuation;
        pf.Begin(state);
        pf.Collect(state, 2);
        // Left neighbour "said" (the root); right neighbour "they" → "left" → "said", where the arc said → left spans the comma.
        var candidates = Enumerable.Range(0, pf.CandidateCount).Select(pf.Candidate).Order().ToArray();
        Assert.Equal([1, 3, 4], candidates);
    }

    [Fact]
    public void Collect_ArcOverTheMark_StopsTheWalkAtItsHead()
    {
        // "they" hangs on "said" and "left" on "they": the arc said → they spans the comma, so nothing above "said" and
        // nothing below "they" on the right is offered ("left" would cross said → they).
        var (features, state) = Sentence([1, -1, 1, 1, 3, 1]);
        var pf = features.Punctuation;
        pf.Begin(state);
        pf.Collect(state, 2);
        var candidates = Enumerable.Range(0, pf.CandidateCount).Select(pf.Candidate).Order().ToArray();
        Assert.Equal([1, 3], candidates);
    }

    [Fact]
    public void Attach_WithoutModel_HangsAnUnattachedMarkOnItsLeftNeighbour()
    {
        var (features, state) = Sentence([1, -1, 1, 4, 1, 1]);
        state.Heads[2] = -1;
        state.Heads[5] = -1;
        features.Punctuation.Attach(null, state, punctLabel: 7, aside: true);
        Assert.Equal(1, state.Heads[2]);
        Assert.Equal(4, state.Heads[5]);
        Assert.Equal(7, state.Labels[5]);
    }
}
