using BenchmarkDotNet.Running;
using Dyad.Benchmarks;

if (args is ["load-breakdown", ..])
{
    ModelLoadBreakdown.Run(args.Length > 1 ? int.Parse(args[1]) : 5);
    return;
}
if (args is ["syntax-cpu", ..])
{
    CpuTimeRounds.Syntax(args.Length > 1 ? int.Parse(args[1]) : 5, args.Length > 2 ? [.. args.Skip(2).Select(a => a == "shipped" ? null : a)] : [null]);
    return;
}
if (args is ["tagger-cpu", ..])
{
    CpuTimeRounds.Tagger(args.Length > 1 ? int.Parse(args[1]) : 5, args.Length > 2 ? [.. args.Skip(2).Select(a => a == "shipped" ? null : a)] : [null]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
