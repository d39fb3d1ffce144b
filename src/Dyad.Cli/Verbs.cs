using System.CommandLine;

namespace Dyad.Cli;

/// <summary>The one place that lists the `dyad` verbs; each verb lives in its own file under Verbs/.</summary>
internal static partial class Verbs
{
    public static IEnumerable<Command> All()
    {
        // Each verb file adds itself here in one line, keeping the list in CONTRACT.md order.
        yield return Annotate();
        yield return Evaluate();
        yield return Actors();
        yield return Train();
    }
}
