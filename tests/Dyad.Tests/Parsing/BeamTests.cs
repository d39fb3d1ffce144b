using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>The beam's candidates and states, beam decoding and global training on the tiny treebank, and the v4 file's beam fields.</summary>
public sealed class BeamTests
{
    private static ParserModel Train(int beam, bool aside = true) =>
        new ParserTrainer { MaxEpochs = 10, Patience = 10, BeamWidth = beam, PunctuationAside = aside, PunctuationEpochs = aside ? 3 : 0 }
            .Train(TinyTreebank.Sentences(), TinyTreebank.Sentences());

    private static List<(int[] Heads, string[] Rels)> ParseAll(ParserModel model)
    {
        var features = new ParserFeatures();
        var state = new ParserState();
        return [.. TinyTreebank.Sentences().Select(s => ParserTrainer.Parse(model, s, features, state))];
    }

    [Fact]
    public void Offer_KeepsTheBestCandidatesInOrder_TiesInOfferOrder()
    {
        var beam = new Beam();
        beam.Start(3, 2);
        beam.Offer(0, ParserState.Shift, 1.0);
        beam.Offer(0, ParserState.Left, 5.0);
        beam.Offer(0, ParserState.Right, 5.0);
        beam.Advance();
        Assert.Equal(2, beam.Count);
        Assert.Equal((ParserState.Left, 5.0), (beam.Transition(0), beam.Score(0)));
        Assert.Equal((ParserState.Right, 5.0), (beam.Transition(1), beam.Score(1)));
    }

    [Fact]
    public void Advance_WithMargin_DropsCandidatesFarBelowTheBest()
    {
        var beam = new Beam();
        beam.Start(3, 3);
        beam.Offer(0, ParserState.Shift, 10.0);
        beam.Offer(0, ParserState.Left, 7.0);
        beam.Offer(0, ParserState.Right, 2.0);
        beam.Advance(margin: 4.0);
        Assert.Equal(2, beam.Count);
        Assert.Equal([ParserState.Shift, ParserState.Left], [beam.Transition(0), beam.Transition(1)]);
    }

    [Fact]
    public void ChooseBeamMargin_TinyModel_KeepsTheWidthAndTheDevScore()
    {
        var model = Train(beam: 4);
        var full = ParserTrainer.Evaluate(model, TinyTreebank.Sentences());
        var chosen = ParserTrainer.ChooseBeamMargin(model, TinyTreebank.Sentences(), _ => { });
        Assert.Equal(4, chosen.BeamWidth);
        Assert.True(ParserTrainer.Evaluate(chosen, TinyTreebank.Sentences()).Las >= full.Las - 0.05);
    }

    [Fact]
    public void Advance_BranchingItem_GetsIndependentCopies()
    {
        var beam = new Beam();
        beam.Start(3, 2);
        beam.Offer(0, ParserState.Shift, 0);
        beam.Advance();
        beam.Item(0).Apply(ParserState.Shift, -1);
        beam.Offer(0, ParserState.Shift, 2);
        beam.Offer(0, ParserState.Left, 1);
        beam.Advance();
        Assert.NotSame(beam.Item(0), beam.Item(1));
        beam.Item(0).Apply(ParserState.Shift, -1);
        beam.Item(1).Apply(ParserState.Left, 7);
        Assert.Equal(2, beam.Item(0).StackSize);
        Assert.Equal(-1, beam.Item(0).Heads[0]);
        Assert.Equal((0, 1, 7), (beam.Item(1).StackSize, beam.Item(1).Heads[0], beam.Item(1).Labels[0]));
    }

    [Fact]
    public void ParseBeam_WidthOne_MakesTheGreedyParse()
    {
        // Punctuation kept in, so Parse is the greedy transition loop alone.
        var model = Train(beam: 1, aside: false);
        var features = new ParserFeatures();
        var greedy = new ParserState();
        var beam = new ParserState();
        foreach (var s in TinyTreebank.Sentences())
        {
            ParserTrainer.Prepare(features, s, null);
            model.Parse(features, greedy, s.Length);
            ParserTrainer.Prepare(features, s, null);
            model.ParseBeam(features, beam, s.Length, 1);
            Assert.Equal(greedy.Heads.AsSpan(0, s.Length).ToArray(), beam.Heads.AsSpan(0, s.Length).ToArray());
            Assert.Equal(greedy.Labels.AsSpan(0, s.Length).ToArray(), beam.Labels.AsSpan(0, s.Length).ToArray());
        }
    }

    [Fact]
    public void Train_Beam_LearnsTheTinyTreesAndGivesOneRoot()
    {
        var model = Train(beam: 4);
        Assert.Equal(4, model.BeamWidth);
        var score = ParserTrainer.Evaluate(model, TinyTreebank.Sentences());
        Assert.True(score.Las > 90, score.ToString());
        foreach (var (heads, _) in ParseAll(model)) Assert.Single(heads, h => h < 0);
    }

    [Fact]
    public void Train_BeamSameSeed_SameBytes_AndSaveThenLoadKeepsTheWidth()
    {
        var a = Path.Combine(Path.GetTempPath(), $"dyad-beam-{Guid.NewGuid():N}.bin");
        var b = Path.Combine(Path.GetTempPath(), $"dyad-beam-{Guid.NewGuid():N}.bin");
        try
        {
            var model = Train(beam: 3).WithBeamMargin(12.5f);
            model.Save(a);
            Train(beam: 3).WithBeamMargin(12.5f).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var loaded = ParserModel.Load(a);
            Assert.Equal((3, 12.5f), (loaded.BeamWidth, loaded.BeamMargin));
            Assert.Equal(ParseAll(model).SelectMany(p => p.Heads), ParseAll(loaded).SelectMany(p => p.Heads));
            Assert.Equal(ParseAll(model).SelectMany(p => p.Rels), ParseAll(loaded).SelectMany(p => p.Rels));
        }
        finally { File.Delete(a); File.Delete(b); }
    }

    [Fact]
    public void Load_VersionThreeFile_ReadsAsGreedy()
    {
        var model = Train(beam: 1);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-v3-{Guid.NewGuid():N}.bin");
        try
        {
            VersionThreeParserFile.Save(path, model);
            var loaded = ParserModel.Load(path);
            Assert.Equal((1, float.PositiveInfinity), (loaded.BeamWidth, loaded.BeamMargin));
            Assert.Equal(ParseAll(model).SelectMany(p => p.Heads), ParseAll(loaded).SelectMany(p => p.Heads));
        }
        finally { File.Delete(path); }
    }
}
