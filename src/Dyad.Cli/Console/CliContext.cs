using System.CommandLine;
using System.Text;

namespace Dyad.Cli;

/// <summary>The streams one `dyad` invocation talks through: results out, messages and progress to the error stream.</summary>
/// <remarks>
/// In a real process these are the console's; the in-process test runner passes its own writers and standard input,
/// so verbs never touch <see cref="System.Console"/> directly and tests can run in parallel.
/// </remarks>
internal sealed class CliContext
{
    private static readonly AsyncLocal<Func<Stream>?> StdinOverride = new();

    private CliContext(TextWriter output, TextWriter error, bool isConsole)
    {
        Out = output;
        Error = error;
        IsConsole = isConsole;
    }

    /// <summary>Where results go (standard output).</summary>
    public TextWriter Out { get; }

    /// <summary>Where skip notices and errors go (standard error).</summary>
    public TextWriter Error { get; }

    /// <summary>True when this runs as the real `dyad` process on the console's own streams.</summary>
    public bool IsConsole { get; }

    /// <summary>Opens standard input (or the test runner's stand-in).</summary>
    public Stream OpenStdin() => StdinOverride.Value?.Invoke() ?? System.Console.OpenStandardInput();

    public static CliContext From(ParseResult parse)
    {
        var config = parse.InvocationConfiguration;
        var isConsole = ReferenceEquals(config.Output, System.Console.Out);
        // Results are written through a buffered UTF-8 writer: Console.Out flushes on every write.
        var output = isConsole ? ConsoleOut.Value : config.Output;
        return new CliContext(output, config.Error, isConsole);
    }

    /// <summary>Runs <paramref name="work"/> with "-" reading <paramref name="stdin"/> (for in-process tests).</summary>
    public static async Task<T> WithStdinAsync<T>(Func<Stream> stdin, Func<Task<T>> work)
    {
        StdinOverride.Value = stdin;
        try { return await work(); }
        finally { StdinOverride.Value = null; }
    }

    /// <summary>Whether a progress bar may be drawn: on a terminal, and not onto results going to that same terminal or a pipe.</summary>
    public bool CanShowProgress(bool resultsOnStdout)
    {
        if (!IsConsole || System.Console.IsErrorRedirected) return false;
        if (!System.Console.IsOutputRedirected) return !resultsOnStdout;
        return !StdoutIsPipe();
    }

    private static bool StdoutIsPipe()
    {
        // Linux names the kind of an open descriptor ("pipe:[1234]", "socket:[…]"); elsewhere assume a pipe and stay quiet.
        try { return new FileInfo("/proc/self/fd/1").LinkTarget is not { } target || target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("socket:", StringComparison.Ordinal); }
        catch (IOException) { return true; }
    }

    private static readonly Lazy<TextWriter> ConsoleOut = new(() =>
        new StreamWriter(System.Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" });

    /// <summary>Flushes results buffered for the console; <see cref="DyadApp"/> calls it once when the verb ends.</summary>
    public static void FlushConsoleOut()
    {
        if (!ConsoleOut.IsValueCreated) return;
        try { ConsoleOut.Value.Flush(); }
        catch (IOException)
        {
            // The reader went away (`dyad articles x | head`): nothing left to deliver.
        }
    }
}
