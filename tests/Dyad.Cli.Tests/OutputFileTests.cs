namespace Dyad.Cli.Tests;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Commit_MovesCompleteFileIntoPlace()
    {
        var path = Path.Combine(_dir, "out.txt");
        using (var file = OutputFile.Create(path))
        {
            file.Writer.Write("line\n");
            Assert.False(File.Exists(path)); // nothing visible before commit
            file.Commit();
        }

        Assert.Equal("line\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Dispose_WithoutCommit_KeepsOldFileAndRemovesTemp()
    {
        var path = Path.Combine(_dir, "out.txt");
        File.WriteAllText(path, "old");
        using (var file = OutputFile.Create(path)) file.Writer.Write("half-written");

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Create_MissingFolder_IsInputError() =>
        Assert.Throws<CliInputException>(() => OutputFile.Create(Path.Combine(_dir, "no", "such", "out.txt")));
}
