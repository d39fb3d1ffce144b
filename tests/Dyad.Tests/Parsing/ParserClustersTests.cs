using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>The parser with word clusters (`--clusters`): it learns the tiny treebank, stores the table, and leaves files without it alone.</summary>
public sealed class ParserClustersTests
{
    private static WordClusters Clusters()
    {
        // Hand-made classes for a few tiny-treebank words at two granularities; the rest are unclustered.
        var words = new[] { "the", "army", "police", "minister", "envoy", "rebels", "protesters", "attacked", "arrested", "visited", "in", "on" };
        int[] coarse = [0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3], fine = [0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5];
        var row = new Dictionary<ulong, int>();
        var classes = new ushort[words.Length * 2];
        for (int i = 0; i < words.Length; i++)
        {
            row[FeatureHash.Lower(words[i])] = i;
            classes[2 * i] = (ushort)coarse[i];
            classes[2 * i + 1] = (ushort)fine[i];
        }
        return new WordClusters([64, 1024], row, classes);
    }

    private static ParserModel Train(ParserClasses? classes)
    {
        var tiny = TinyTreebank.Sentences();
        var trainer = new ParserTrainer { MaxEpochs = 5, Patience = 5, PunctuationAside = true, PunctuationEpochs = 2, Classes = classes };
        return trainer.Train(tiny, tiny);
    }

    [Fact]
    public void ClusterAtoms_UnclusteredWord_BacksOffToItsTag()
    {
        var classes = new ParserClasses(null, null, null, Clusters());
        var army = classes.ClusterAtoms(FeatureHash.Lower("Army"), 1);
        Assert.Equal(army, classes.ClusterAtoms(FeatureHash.Lower("police"), 1));
        Assert.NotEqual(army.Fine, classes.ClusterAtoms(FeatureHash.Lower("minister"), 1).Fine);
        Assert.Equal(army.Coarse, classes.ClusterAtoms(FeatureHash.Lower("minister"), 1).Coarse);
        Assert.NotEqual(classes.ClusterAtoms(FeatureHash.Lower("zorbing"), 1), classes.ClusterAtoms(FeatureHash.Lower("zorbing"), 2));
    }

    [Fact]
    public void Train_WithClusters_LearnsTheTinyTreebankAndRoundTrips()
    {
        var model = Train(new ParserClasses(null, null, null, Clusters()));
        var tiny = TinyTreebank.Sentences();
        Assert.True(ParserTrainer.Evaluate(model, tiny).Las > 90);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-clusters-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = ParserModel.Load(path);
            Assert.True(loaded.Classes!.HasClusters);
            Assert.False(loaded.Classes.HasSenses);
            Assert.Equal(model.Classes!.Clusters!.Count, loaded.Classes.Clusters!.Count);
            var features = new ParserFeatures();
            var state = new ParserState();
            foreach (var s in tiny)
                Assert.Equal(ParserTrainer.Parse(model, s, features, state).Heads, ParserTrainer.Parse(loaded, s, features, state).Heads);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Train_WithClusters_HasFeaturesAModelWithoutThemLacks()
    {
        var plain = Train(null);
        var clustered = Train(new ParserClasses(null, null, null, Clusters()));
        Assert.Null(plain.Classes);
        Assert.True(clustered.Transitions.FeatureCount > plain.Transitions.FeatureCount);
    }

    [Fact]
    public void Average_MembersWithAndWithoutClusters_IsRefused()
    {
        var with = Train(new ParserClasses(null, null, null, Clusters()));
        Assert.Throws<ArgumentException>(() => ParserModel.Average([with, Train(null)]));
        Assert.True(ParserModel.Average([with, with]).Classes!.HasClusters);
    }
}
