using System.Diagnostics;
using Dyad.TestSupport;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.FrontEnd;

/// <summary>Runs the dashboard's own TypeScript unit tests (vitest) so that the one test command covers them too.</summary>
public sealed class VitestSuiteTests
{
    private static readonly string WebDir = Path.Combine(RepoPaths.Root, "web");

    [NodeFact]
    public void Vitest_DashboardUnitTests_AllPass()
    {
        // A fresh clone has no node_modules: install exactly what package-lock.json pins.
        if (!File.Exists(Path.Combine(WebDir, "node_modules", "vitest", "vitest.mjs")))
        {
            var (installCode, installLog) = Run("npm", "ci --no-audit --no-fund --loglevel=error", TimeSpan.FromMinutes(10));
            Assert.True(installCode == 0, $"npm ci in web/ failed ({installCode}):\n{installLog}");
        }

        var (code, log) = Run("node", "node_modules/vitest/vitest.mjs run --reporter=dot", TimeSpan.FromMinutes(5));
        Assert.True(code == 0, $"vitest failed ({code}):\n{log}");
        Assert.Contains("passed", log);
        Assert.DoesNotContain("failed", log.Replace("0 failed", ""));
    }

    private static (int Code, string Log) Run(string tool, string arguments, TimeSpan timeout)
    {
        var exe = NodeFactAttribute.FindOnPath(tool) ?? throw new FileNotFoundException($"{tool} is not on the PATH");
        var info = new ProcessStartInfo(exe, arguments)
        {
            WorkingDirectory = WebDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["CI"] = "true"; // vitest: no watch mode, plain output
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{tool} {arguments} timed out after {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
