using System.Text.Json.Nodes;
using Dyad.Training;

namespace Dyad.Tests.Training;

public sealed class ModelManifestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-manifest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Repin_RewrittenFile_UpdatesItsHashAndSizeAndKeepsItsScores()
    {
        var manifest = Path.Combine(_dir, "manifest.json");
        var model = Path.Combine(_dir, "parser.bin");
        File.WriteAllBytes(model, [1, 2, 3]);
        ModelManifest.Update(manifest, "parser", model, "data", 1, new Dictionary<string, double> { ["las"] = 81.14 }, "dyad train parser");
        File.WriteAllBytes(model, [4, 5]);

        Assert.True(ModelManifest.Repin(manifest, model, "dyad model compact --key-bits 40"));
        var entry = JsonNode.Parse(File.ReadAllText(manifest))!["models"]![0]!;
        Assert.Equal(2, entry["bytes"]!.GetValue<int>());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[] { 4, 5 })), entry["sha256"]!.GetValue<string>());
        Assert.Equal(81.14, entry["dev"]!["las"]!.GetValue<double>());
        Assert.Equal("dyad model compact --key-bits 40", entry["rewritten_by"]!.GetValue<string>());
        Assert.False(ModelManifest.Repin(manifest, Path.Combine(_dir, "tagger.bin"), "x"));
    }
}
