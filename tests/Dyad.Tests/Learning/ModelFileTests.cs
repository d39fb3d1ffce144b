using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-modelfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string kind = "toy", int version = 3)
    {
        var path = Path.Combine(_dir, "m.bin");
        ModelFile.Save(path, kind, version, w => { w.Write("hello"); w.Write(42); w.Write(new byte[500]); });
        return path;
    }

    [Fact]
    public void Load_AfterSave_ReturnsThePayload()
    {
        using var r = ModelFile.Load(Write(), "toy", 3);
        Assert.Equal("hello", r.ReadString());
        Assert.Equal(42, r.ReadInt32());
    }

    [Fact]
    public void Load_WrongKind_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ModelFileException>(() => ModelFile.Load(Write(kind: "tagger"), "parser", 3));
        Assert.Contains("'tagger'", e.Message);
        Assert.Contains("'parser'", e.Message);
    }

    [Fact]
    public void Load_OtherVersion_Throws() =>
        Assert.Throws<ModelFileException>(() => ModelFile.Load(Write(version: 2), "toy", 3));

    [Fact]
    public void Load_FlippedByte_ThrowsCorrupt()
    {
        var path = Write();
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<ModelFileException>(() => ModelFile.Load(path, "toy", 3));
    }

    [Fact]
    public void Load_Truncated_Throws()
    {
        var path = Write();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Throws<ModelFileException>(() => ModelFile.Load(path, "toy", 3));
    }

    [Fact]
    public void Load_NotAModel_Throws()
    {
        var path = Path.Combine(_dir, "text.bin");
        File.WriteAllText(path, "this is just some text, not a model");
        Assert.Throws<ModelFileException>(() => ModelFile.Load(path, "toy", 3));
    }

    [Fact]
    public void Load_Missing_SaysHowToBuildIt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ModelFile.Load(Path.Combine(_dir, "nope.bin"), "tagger", 1));
        Assert.Contains("dyad train tagger", e.Message);
    }
}
