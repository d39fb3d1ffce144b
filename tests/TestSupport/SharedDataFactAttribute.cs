using Dyad.Processing;

namespace Dyad.TestSupport;

/// <summary>A fact that needs ../shared/data and skips, saying so, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string? relative = null)
    {
        var root = ProjectPaths.SharedData;
        if (root is null) Skip = "needs the training data at ../shared/data (absent on this machine)";
        else if (relative is not null && !File.Exists(Path.Combine(root, relative)) && !Directory.Exists(Path.Combine(root, relative)))
            Skip = $"needs ../shared/data/{relative} (absent on this machine)";
    }
}

/// <summary>Finds the repository's own folders (samples/, models/) from a test's working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Dyad.slnx not found above the test's folder");
    }
}
