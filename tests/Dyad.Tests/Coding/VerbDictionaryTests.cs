using Dyad.Coding;

namespace Dyad.Tests.Coding;

public sealed class VerbDictionaryTests
{
    private const string Sample = """
        &CURRENCY
        +DOLLAR
        +EURO

        &MILITARY_
        +ARMED_FORCES
        +TROOPS

        ---  GRANT   [070]  ---
        GRANT
        GIVE {GAVE GIVEN }  # irregular forms
        +HAND_OVER {+HANDED_OVER +HANDS_OVER} [0841]
        - * &CURRENCY                          [071]  # GIVE
        - * (TO +) &MILITARY                   [0332]
        - &MILITARY *                          [:190]

        ---  VISIT   [042:043]  ---
        VISIT
        - * [---]
        """;

    private static VerbDictionary Read() => VerbDictionaryReader.Read(new StringReader(Sample), "sample");

    [Fact]
    public void Read_Blocks_IndexLemmasIrregularAndRegularForms()
    {
        var d = Read();
        Assert.True(d.TryGet("give", out var give));
        Assert.True(d.TryGet("gave", out var gave));
        Assert.Same(give[0], gave[0]);
        Assert.True(d.TryGet("granted", out var granted));
        Assert.Equal("GRANT", granted[0].Block.Name);
        Assert.Equal(2, d.BlockCount);
    }

    [Fact]
    public void Read_MultiWordVerb_KeepsParticleAndOwnCode()
    {
        Assert.True(Read().TryGet("hand", out var hand));
        var e = Assert.Single(hand);
        Assert.Equal(["over"], e.Rest);
        Assert.Equal("0841", e.Code);
    }

    [Fact]
    public void Read_PairedCodes_SplitIntoCodeAndReverse()
    {
        var d = Read();
        Assert.True(d.TryGet("visit", out var visit));
        Assert.Equal(("042", "043"), (visit[0].Block.Code, visit[0].Block.Reverse));
        Assert.Empty(visit[0].Block.Patterns); // "[---]" patterns code nothing and are dropped
        Assert.True(d.TryGet("grant", out var grant));
        var reverseOnly = Assert.Single(grant[0].Block.Patterns, p => p.Code is null);
        Assert.Equal("190", reverseOnly.Reverse);
    }

    [Fact]
    public void Read_Patterns_CompileSynsetsAndPrepositionalSlots()
    {
        Assert.True(Read().TryGet("grant", out var grant));
        var p = Assert.Single(grant[0].Block.Patterns, p => p.Code == "0332");
        var prep = p.Post[0];
        Assert.Equal(ElementKind.Prep, prep.Kind);
        Assert.Equal("to", prep.Alternatives[0][0]);
        Assert.Equal(ElementKind.Target, Assert.Single(prep.Inner).Kind);
        Assert.Contains(p.Post[1].Alternatives, a => a.SequenceEqual(["armed", "forces"]));
        Assert.Contains("to", p.AnchorWords());
    }

    [Fact]
    public void Load_ShippedDictionary_CompilesThousandsOfPatterns()
    {
        var d = VerbDictionary.Load(Path.Combine(Dyad.TestSupport.RepoPaths.Root, "data", "verbs-cameo.txt"));
        Assert.True(d.PatternCount > 4000, $"{d.PatternCount} patterns");
        Assert.True(d.TryGet("attack", out var attack));
        Assert.Equal("190", attack[0].Block.Code);
    }
}
