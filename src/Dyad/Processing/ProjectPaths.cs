namespace Dyad.Processing;

/// <summary>Where the product's shipped models and data are, and where the training data is when present.</summary>
/// <remarks>
/// Shipped files are copied beside the assembly at build time (models/, data/). The training data at
/// ../shared/data is found by walking up from the working directory and the assembly, or from
/// DYAD_SHARED_DATA; the product never needs it at run time.
/// </remarks>
public static class ProjectPaths
{
    private static readonly Lazy<string?> SharedDataDir = new(FindSharedData);

    /// <summary>The folder holding shipped model files.</summary>
    public static string Models => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The folder holding shipped compiled data (dictionaries, gazetteer, code table).</summary>
    public static string Data => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The training data folder (…/shared/data), or null when it is absent.</summary>
    public static string? SharedData => SharedDataDir.Value;

    /// <summary>A path under the training data folder, or an error naming what is missing.</summary>
    public static string RequireShared(string relative)
    {
        var root = SharedData ?? throw new DirectoryNotFoundException(
            "the training data (../shared/data) is not here; set DYAD_SHARED_DATA to its folder");
        return Path.Combine(root, relative);
    }

    private static string? FindSharedData()
    {
        var env = Environment.GetEnvironmentVariable("DYAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
