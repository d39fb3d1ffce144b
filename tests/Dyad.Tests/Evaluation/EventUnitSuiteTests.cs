using Dyad.Evaluation;
using Dyad.Processing;
using Dyad.TestSupport;
using Xunit.Abstractions;

namespace Dyad.Tests.Evaluation;

public sealed class EventUnitSuiteTests(ITestOutputHelper output)
{
    /// <summary>A floor, not the score: the figure is reported by `dyad evaluate events --suite petrarch`.</summary>
    [SharedDataFact(EventUnitSuite.RecordsFile)]
    public void Run_UdParsedSuite_CodesAtLeastSixtyPercentExactly()
    {
        var results = EventUnitSuite.Run(ProjectPaths.SharedData!);
        var scored = results.Where(r => r.Implemented && r.HasExpected).ToList();
        double exact = scored.Count(r => r.Exact) / (double)scored.Count;
        foreach (var g in scored.Where(r => !r.Exact).GroupBy(r => r.Category + ": " + r.Failure).OrderByDescending(g => g.Count()))
            output.WriteLine($"{g.Key} {g.Count()}  e.g. {g.First().Id}: want [{string.Join("; ", g.First().Expected)}] got [{string.Join("; ", g.First().Coded)}]");
        output.WriteLine($"exact {scored.Count(r => r.Exact)}/{scored.Count} = {exact:P1}");
        Assert.True(exact >= 0.6, $"exact {exact:P1} < 60 %");
    }
}
