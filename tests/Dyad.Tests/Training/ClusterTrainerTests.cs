using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Training;

/// <summary>The exchange-algorithm word clusters on a tiny text: words with the same neighbours share a class, and runs repeat.</summary>
public sealed class ClusterTrainerTests
{
    // Animals follow "the"/"a" and precede verbs; verbs precede "quickly"/"slowly": two distributional classes and the frame.
    private static IEnumerable<string> Text()
    {
        string[] animals = ["cat", "dog", "horse", "cow"], verbs = ["runs", "sleeps", "eats", "walks"], dets = ["the", "a"], advs = ["quickly", "slowly"];
        for (int i = 0; i < 48; i++)
            yield return $"{dets[i % 2]} {animals[i % 4]} {verbs[(i / 4) % 4]} {advs[(i / 2) % 2]} .";
    }

    private static (string[] Words, int[][] Classes) Cluster(int seed, params int[] sizes)
    {
        var trainer = new ClusterTrainer { Seed = seed, MinCount = 3 };
        var (tokens, words, _) = trainer.Read(Text());
        return (words, trainer.Train(tokens, words.Length, sizes));
    }

    private static int ClassOf((string[] Words, int[][] Classes) r, string word, int g = 0) => r.Classes[g][Array.IndexOf(r.Words, word)];

    [Fact]
    public void Train_WordsWithTheSameContexts_ShareAClassApartFromTheOthers()
    {
        var r = Cluster(1, 5);
        Assert.All(new[] { "dog", "horse", "cow" }, w => Assert.Equal(ClassOf(r, "cat"), ClassOf(r, w)));
        Assert.All(new[] { "sleeps", "eats", "walks" }, w => Assert.Equal(ClassOf(r, "runs"), ClassOf(r, w)));
        Assert.True(ClassOf(r, "cat") != ClassOf(r, "runs"), string.Join(" ", r.Words.Select((w, i) => $"{w}:{r.Classes[0][i]}")));
        Assert.NotEqual(ClassOf(r, "cat"), ClassOf(r, "the"));
    }

    [Fact]
    public void Train_SameSeed_GivesTheSameClasses()
    {
        var a = Cluster(7, 3, 5);
        var b = Cluster(7, 3, 5);
        Assert.Equal(a.Words, b.Words);
        Assert.Equal(a.Classes, b.Classes);
    }

    [Fact]
    public void Read_RareWords_AreLeftOutAndWordsComeByFallingCount()
    {
        var trainer = new ClusterTrainer { MinCount = 3 };
        var (_, words, counts) = trainer.Read(Text().Append("the zebra ."));
        Assert.DoesNotContain("zebra", words);
        Assert.Equal(".", words[0]);
        Assert.True(counts.Zip(counts.Skip(1)).All(p => p.First >= p.Second));
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryWordsClassesInTheTextAndBinaryForms()
    {
        var r = Cluster(1, 3, 6);
        var path = Path.Combine(Path.GetTempPath(), $"dyad-clusters-{Guid.NewGuid():N}.tsv");
        try
        {
            ClusterTrainer.Write(path, r.Words, [3, 6], r.Classes, "test");
            var table = WordClusters.ReadText(path);
            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) table.Write(w);
            stream.Position = 0;
            var loaded = WordClusters.Read(new BinaryReader(stream));
            Assert.Equal(new[] { 3, 6 }, loaded.Sizes);
            Assert.Equal(r.Words.Length, loaded.Count);
            foreach (var word in r.Words)
                for (int g = 0; g < 2; g++) Assert.Equal(ClassOf(r, word, g), loaded.Of(FeatureHash.Lower(word), g));
            Assert.Equal(-1, loaded.Of(FeatureHash.Lower("zebra"), 0));
            // The parser reads the word's lower-case hash: a capitalised form finds the same classes.
            Assert.Equal(ClassOf(r, "cat", 1), loaded.Of(FeatureHash.Lower("Cat"), 1));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ReadText_FileWithoutClassesLine_IsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-clusters-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, "cat\t1\n");
            Assert.Throws<InvalidDataException>(() => WordClusters.ReadText(path));
        }
        finally { File.Delete(path); }
    }
}
