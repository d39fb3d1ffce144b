namespace Dyad.Web.Tests.Support;

/// <summary>A front-end test: runs with Node and npm on the PATH; without them, skips with a reason on a developer machine and fails on CI (which installs them).</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (FindOnPath("npm") is null && Environment.GetEnvironmentVariable("CI") is not "true")
            Skip = "npm is not on the PATH: install Node 20 (apt-get install -y nodejs npm)";
    }

    /// <summary>The full path of an executable on the PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
