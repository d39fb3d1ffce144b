using System.CommandLine;

namespace Dyad.Cli;

/// <summary>The one place that lists the `dyad` verbs; each verb lives in its own file under Verbs/.</summary>
internal static partial class Verbs
{
    public static IEnumerable<Command> All()
    {
        // Each verb file adds itself here in one line, keeping the list in CONTRACT.md order.
        yield return Articles();
        yield return Annotate();
        yield return Code();
        yield return Ingest();
        yield return Serve();
        yield return Export();
        yield return Evaluate();
        yield return Train();
        yield return Actors();
        yield return Model();
    }
}
