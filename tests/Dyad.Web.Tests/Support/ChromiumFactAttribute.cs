namespace Dyad.Web.Tests.Support;

/// <summary>A browser test: runs with Debian's Chromium; without it, skips with a reason on a developer machine and fails on CI (which installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") is not "true")
            Skip = $"{Executable} is absent: apt-get install -y chromium";
    }
}
