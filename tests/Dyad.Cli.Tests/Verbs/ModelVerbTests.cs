using Dyad.Learning;

namespace Dyad.Cli.Tests.Verbs;

public sealed class ModelVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-cli-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Compact_MissingFile_ExitsOneNamingIt()
    {
        var outcome = await InProcessDyad.RunAsync("model", "compact", Path.Combine(_dir, "none.bin"), Path.Combine(_dir, "out.bin"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("none.bin", outcome.Err);
        Assert.False(File.Exists(Path.Combine(_dir, "out.bin")));
    }

    [Fact]
    public async Task Compact_ModelWithoutPerceptron_ExitsOneNamingItsKind()
    {
        var path = Path.Combine(_dir, "lemmatizer.bin");
        ModelFile.Save(path, "lemmatizer", 1, w => w.Write(0));
        var outcome = await InProcessDyad.RunAsync("model", "compact", path, Path.Combine(_dir, "out.bin"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'lemmatizer'", outcome.Err);
    }

    [Fact]
    public async Task Compact_KeyBitsOutOfRange_ExitsOne()
    {
        var path = Path.Combine(_dir, "tagger.bin");
        ModelFile.Save(path, "tagger", 5, w => w.Write(0));
        var outcome = await InProcessDyad.RunAsync("model", "compact", path, Path.Combine(_dir, "out.bin"), "--key-bits", "8");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--key-bits", outcome.Err); // refused before the (empty) model is read
    }
}
