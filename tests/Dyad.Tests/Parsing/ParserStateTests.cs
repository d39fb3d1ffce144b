using Dyad.Parsing;

namespace Dyad.Tests.Parsing;

public sealed class ParserStateTests
{
    /// <summary>Following only zero-cost transitions must rebuild any projective gold tree exactly.</summary>
    [Fact]
    public void Cost_ZeroCostPath_RebuildsEveryTinyTree()
    {
        var state = new ParserState();
        foreach (var s in TinyTreebank.Sentences())
        {
            int n = s.Length;
            var gold = s.Heads.Select(h => h < 0 ? n : h).ToArray();
            state.Reset(n);
            while (!state.IsTerminal)
            {
                int t = Enumerable.Range(0, ParserState.TransitionCount).First(t => state.IsLegal(t) && state.Cost(t, gold) == 0);
                state.Apply(t, 0);
            }
            Assert.Equal(gold, state.Heads.AsSpan(0, n).ToArray());
        }
    }

    [Fact]
    public void Cost_TransitionsThatLoseGoldArcs_ArePositive()
    {
        var state = new ParserState();
        // "The army attacked": The → army → attacked → root (word 3).
        int[] gold = [1, 2, 3];
        state.Reset(3);
        state.Apply(ParserState.Shift, -1);
        // Shifting "army" over "The" loses the arc army → The; attaching The to army is free.
        Assert.Equal(1, state.Cost(ParserState.Shift, gold));
        Assert.Equal(0, state.Cost(ParserState.Left, gold));
        state.Apply(ParserState.Left, 0);
        state.Apply(ParserState.Shift, -1);
        // RIGHT is illegal with one item; LEFT to "attacked" is right.
        Assert.False(state.IsLegal(ParserState.Right));
        Assert.Equal(0, state.Cost(ParserState.Left, gold));
    }

    [Fact]
    public void IsLegal_RootTakesOnlyTheLastWord()
    {
        var state = new ParserState();
        state.Reset(2);
        state.Apply(ParserState.Shift, -1);
        state.Apply(ParserState.Shift, -1);
        Assert.False(state.IsLegal(ParserState.Shift));
        Assert.False(state.IsLegal(ParserState.Left));
        Assert.True(state.IsLegal(ParserState.Right));
    }

    [Fact]
    public void SetTree_GoldTree_LeavesTheChildrenParsingWouldBuild()
    {
        var parsed = new ParserState();
        var set = new ParserState();
        foreach (var s in TinyTreebank.Sentences())
        {
            int n = s.Length;
            var gold = s.Heads.Select(h => h < 0 ? n : h).ToArray();
            var labels = Enumerable.Range(0, n).Select(i => i % 5).ToArray();
            parsed.Reset(n);
            while (!parsed.IsTerminal)
            {
                int t = Enumerable.Range(0, ParserState.TransitionCount).First(t => parsed.IsLegal(t) && parsed.Cost(t, gold) == 0);
                parsed.Apply(t, t == ParserState.Shift ? -1 : labels[parsed.ArcOf(t).Dependent]);
            }
            set.SetTree(s.Heads, labels);
            Assert.Equal(parsed.Heads.AsSpan(0, n).ToArray(), set.Heads.AsSpan(0, n).ToArray());
            Assert.Equal(parsed.Left1.AsSpan(0, n + 1).ToArray(), set.Left1.AsSpan(0, n + 1).ToArray());
            Assert.Equal(parsed.Right2.AsSpan(0, n + 1).ToArray(), set.Right2.AsSpan(0, n + 1).ToArray());
            Assert.Equal(parsed.LeftLabels.AsSpan(0, n + 1).ToArray(), set.LeftLabels.AsSpan(0, n + 1).ToArray());
            Assert.Equal(parsed.RightLabels.AsSpan(0, n + 1).ToArray(), set.RightLabels.AsSpan(0, n + 1).ToArray());
        }
    }
}
