using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Cli;

// `dyad train parser --reverse` ends by scoring the combination with the folder's left-to-right parser on dev, so the
// pipeline's τ (ParserCombination.DefaultTau) is chosen from logged dev figures, never from test.
internal static partial class Verbs
{
    private static readonly float[] CombinationTaus = [0.25f, 0.5f, 1, 2, 4, 8, 16, 32, 64];

    /// <summary>Logs dev scores of parser.bin combined with parser-r2l.bin for each τ (and λ = 0, which keeps parser.bin's tree) to choose the pipeline's τ.</summary>
    private static void ScoreCombinations(string models, IReadOnlyList<TreebankSentence> dev)
    {
        var firstPath = Path.Combine(models, "parser.bin");
        if (!File.Exists(firstPath))
        {
            TrainLog($"no {firstPath}: no combination scored");
            return;
        }
        var first = ParserModel.Load(firstPath);
        var second = ParserModel.Load(Path.Combine(models, DependencyParser.ReverseFile));
        TrainLog($"parser.bin alone: dev {ParserTrainer.Evaluate(first, dev)}; parser-r2l.bin alone: dev {ParserTrainer.Evaluate(second, dev)}");
        TrainLog($"combined, λ 0: dev {ParserTrainer.EvaluateCombined(first, second, new ParserCombination(0, 1), dev)}");
        foreach (var tau in CombinationTaus)
            TrainLog(FormattableString.Invariant($"combined, λ 1, τ {tau}: dev {ParserTrainer.EvaluateCombined(first, second, new ParserCombination(1, tau), dev)}"));
    }
}
