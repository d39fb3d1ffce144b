namespace Dyad.Cli.Tests.Verbs;

/// <summary>`dyad train parser`'s lexical-class options fail early and clearly on a bad folder, before any training data is read.</summary>
public sealed class TrainParserOptionsTests
{
    [Fact]
    public void CheckWordNet_FolderWithoutDatabase_NamesTheOptionAndThePackage()
    {
        var empty = Directory.CreateTempSubdirectory("no-wordnet").FullName;
        try
        {
            var e = Assert.Throws<ArgumentException>(() => Dyad.Cli.Verbs.CheckWordNet(empty));
            Assert.Contains("--wordnet", e.Message);
            Assert.Contains("wordnet-base", e.Message);
            File.WriteAllText(Path.Combine(empty, "data.noun"), "");
            File.WriteAllText(Path.Combine(empty, "data.verb"), "");
            Dyad.Cli.Verbs.CheckWordNet(empty);
            Dyad.Cli.Verbs.CheckWordNet(null);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public async Task TrainParser_WordNetFolderWithoutDatabase_ExitsAtOnceWritingNothing()
    {
        var empty = Directory.CreateTempSubdirectory("no-wordnet").FullName;
        try
        {
            var run = await InProcessDyad.RunAsync("train", "parser", "--wordnet", empty, "--models", empty);
            Assert.Equal(1, run.ExitCode);
            Assert.Empty(Directory.GetFiles(empty));
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public async Task TrainParser_MissingClusterFile_ExitsAtOnceNamingTheOption()
    {
        var empty = Directory.CreateTempSubdirectory("no-clusters").FullName;
        try
        {
            var options = new Dyad.Cli.Verbs.ParserClassOptions(null, false, Path.Combine(empty, "clusters.tsv"));
            Assert.Contains("--clusters", Assert.Throws<ArgumentException>(() => Dyad.Cli.Verbs.CheckParserClasses(options)).Message);
            Assert.Equal("-clusters", options.Suffix);
            var run = await InProcessDyad.RunAsync("train", "parser", "--clusters", Path.Combine(empty, "clusters.tsv"), "--models", empty);
            Assert.Equal(1, run.ExitCode);
            Assert.Empty(Directory.GetFiles(empty));
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public async Task TrainClusters_TinyText_WritesAFileTheParserReads()
    {
        var dir = Directory.CreateTempSubdirectory("clusters").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, "a.txt"), Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "the cat sat ." : "the dog sat ."));
            var output = Path.Combine(dir, "clusters.tsv");
            var run = await InProcessDyad.RunAsync("train", "clusters", "--text", dir, "--out", output, "--classes", "2,3");
            Assert.Equal(0, run.ExitCode);
            var table = Dyad.Parsing.WordClusters.ReadText(output);
            Assert.Equal(new[] { 2, 3 }, table.Sizes);
            Assert.Equal(5, table.Count);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
