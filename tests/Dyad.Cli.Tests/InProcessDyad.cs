using System.Text;
using Dyad.Cli;

namespace Dyad.Cli.Tests;

/// <summary>What one `dyad` run printed and returned.</summary>
public sealed record CliOutcome(int ExitCode, string Out, string Err)
{
    /// <summary>Standard output split into its non-empty lines.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Standard error split into its non-empty lines.</summary>
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs `dyad` verbs in this process with captured output, error and exit code; safe to use from parallel tests.</summary>
public static class InProcessDyad
{
    /// <summary>Runs `dyad <paramref name="args"/>` with empty standard input.</summary>
    public static Task<CliOutcome> RunAsync(params string[] args) => RunWithStdinAsync("", args);

    /// <summary>Runs `dyad <paramref name="args"/>` with <paramref name="stdin"/> as standard input (UTF-8).</summary>
    public static async Task<CliOutcome> RunWithStdinAsync(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var bytes = Encoding.UTF8.GetBytes(stdin);
        var exit = await CliContext.WithStdinAsync(() => new MemoryStream(bytes), () => DyadApp.RunAsync(args, output, error));
        return new CliOutcome(exit, output.ToString(), error.ToString());
    }
}
