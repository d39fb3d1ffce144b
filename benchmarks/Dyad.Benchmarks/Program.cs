using BenchmarkDotNet.Running;
using Dyad.Benchmarks;

if (args is ["load-breakdown", ..])
{
    ModelLoadBreakdown.Run(args.Length > 1 ? int.Parse(args[1]) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
