using System.CommandLine;

namespace Dyad.Cli;

/// <summary>Builds the `dyad` command and runs it with one-line errors and meaningful exit codes.</summary>
/// <remarks>Exit codes: 0 done, 1 the input held nothing usable or a file could not be written, 2 bad arguments, 70 a bug, 130 cancelled.</remarks>
internal static class DyadApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Dyad: political event data from raw news text.");
        foreach (var verb in Verbs.All())
            root.Subcommands.Add(verb);
        return root;
    }

    /// <summary>Runs `dyad <paramref name="args"/>`; writers other than the console's make it an in-process run (tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken ct = default)
    {
        output ??= System.Console.Out;
        error ??= System.Console.Error;
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command is RootCommand ? "dyad" : $"dyad {parse.CommandResult.Command.Name}";
            error.WriteLine($"dyad: {OneLine(parse.Errors[0].Message)} (see '{command} --help')");
            return 2;
        }
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, ct);
        }
        catch (CliInputException e)
        {
            error.WriteLine($"dyad: {OneLine(e.Message)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("dyad: cancelled");
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"dyad: {OneLine(e.Message)}");
            return 1;
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, with the stack trace on request.
            error.WriteLine($"dyad: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
            if (Environment.GetEnvironmentVariable("DYAD_DEBUG") == "1") error.WriteLine(e);
            return 70;
        }
        finally
        {
            CliContext.FlushConsoleOut();
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
