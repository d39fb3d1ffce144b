using Spectre.Console;

namespace Dyad.Cli;

/// <summary>A progress bar with rate and ETA on the error stream when a person is watching; silent when piped or in tests.</summary>
/// <remarks>Notices (skipped inputs) go through it so they print above the bar instead of tearing it.</remarks>
internal sealed class WorkProgress
{
    private readonly CliContext _cli;
    private readonly string _unit;
    private IAnsiConsole? _console;
    private ProgressTask? _task;
    private long _items;

    private WorkProgress(CliContext cli, string unit)
    {
        _cli = cli;
        _unit = unit;
    }

    /// <summary>Runs <paramref name="work"/> under a bar measuring <paramref name="total"/> (bytes, or null when unknown).</summary>
    /// <param name="resultsOnStdout">True when the verb prints its results: no bar is drawn over them on the same terminal.</param>
    /// <param name="unit">What <see cref="Counted"/> counts ("articles"), shown beside the bar.</param>
    public static async Task<T> RunAsync<T>(CliContext cli, string unit, long? total, bool resultsOnStdout, Func<WorkProgress, Task<T>> work)
    {
        var progress = new WorkProgress(cli, unit);
        if (!cli.CanShowProgress(resultsOnStdout)) return await work(progress);
        progress._console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return await progress._console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                progress._task = ctx.AddTask($"0 {unit}", maxValue: total is > 0 ? total.Value : 1);
                progress._task.IsIndeterminate = total is null or <= 0;
                var result = await work(progress);
                progress._task.Value = progress._task.MaxValue;
                progress._task.StopTask();
                return result;
            });
    }

    /// <summary>Moves the bar on by <paramref name="bytes"/> of input read.</summary>
    public void Advance(long bytes)
    {
        if (_task is not null) _task.Increment(bytes);
    }

    /// <summary>Adds to the count of finished items shown beside the bar.</summary>
    public void Counted(int items = 1)
    {
        _items += items;
        if (_task is not null) _task.Description = $"{_items:N0} {_unit}";
    }

    /// <summary>Prints one line on the error stream without breaking the bar.</summary>
    public void Notice(string line)
    {
        if (_console is not null) _console.WriteLine(line, Style.Plain);
        else _cli.Error.WriteLine(line);
    }
}
