using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dyad.Training;

/// <summary>Keeps models/manifest.json: one entry per model file with its sha256, size, training data, seed and scores.</summary>
public static class ModelManifest
{
    /// <summary>Adds or replaces the entry named <paramref name="name"/>, pinning the file's current hash and size.</summary>
    public static void Update(string manifestPath, string name, string modelPath, string trainingData, int seed, IReadOnlyDictionary<string, double> devScores, string command)
    {
        JsonObject root = File.Exists(manifestPath)
            ? JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject ?? []
            : [];
        if (root["models"] is not JsonArray models) root["models"] = models = [];
        for (int i = models.Count - 1; i >= 0; i--)
            if (models[i]?["name"]?.GetValue<string>() == name) models.RemoveAt(i);
        var bytes = File.ReadAllBytes(modelPath);
        var dev = new JsonObject();
        foreach (var (k, v) in devScores) dev[k] = Math.Round(v, 2);
        models.Add(new JsonObject
        {
            ["name"] = name,
            ["file"] = Path.GetFileName(modelPath),
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["bytes"] = bytes.Length,
            ["training_data"] = trainingData,
            ["seed"] = seed,
            ["command"] = command,
            ["dev"] = dev,
            ["test"] = null,
        });
        var sorted = new JsonArray([.. models.Select(m => m!.DeepClone()).OrderBy(m => m!["name"]!.GetValue<string>(), StringComparer.Ordinal)]);
        root["models"] = sorted;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        File.WriteAllText(manifestPath, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Re-pins the hash and size of the entries whose file is <paramref name="modelPath"/>'s name after the file was
    /// rewritten without retraining, noting how; scores stay. Returns whether an entry was found.</summary>
    public static bool Repin(string manifestPath, string modelPath, string rewrittenBy)
    {
        if (!File.Exists(manifestPath) || JsonNode.Parse(File.ReadAllText(manifestPath)) is not JsonObject root || root["models"] is not JsonArray models) return false;
        var entries = models.OfType<JsonObject>().Where(m => m["file"]?.GetValue<string>() == Path.GetFileName(modelPath)).ToList();
        if (entries.Count == 0) return false;
        var bytes = File.ReadAllBytes(modelPath);
        foreach (var m in entries)
        {
            m["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            m["bytes"] = bytes.Length;
            m["rewritten_by"] = rewrittenBy;
        }
        // Relaxed escaping keeps the hand-readable text of the other entries (">", "+", "&") as it was.
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(manifestPath, root.ToJsonString(options) + "\n");
        return true;
    }
}
