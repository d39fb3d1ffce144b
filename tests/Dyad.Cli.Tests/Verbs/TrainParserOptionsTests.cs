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
}
