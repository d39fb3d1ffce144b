using System.CommandLine;
using Dyad.Entities;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad train ner`: the entity model from UNER English-EWT train (dev reported per epoch), written to models/ner.bin.</summary>
    public static Command TrainNer()
    {
        var seed = new Option<int>("--seed") { Description = "random seed for shuffling", DefaultValueFactory = _ => 13 };
        var epochs = new Option<int>("--epochs") { Description = "training passes", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo?>("--out") { Description = "model file (default models/ner.bin)" };
        var wikigold = new Option<bool>("--wikigold") { Description = "add wikigold to the training data (lowered dev F1 when measured)" };
        var command = new Command("ner", "Train the entity recogniser (PER, ORG, LOC) from UNER English-EWT.") { seed, epochs, output, wikigold };
        command.SetAction(parse =>
        {
            try
            {
                var shared = Path.GetDirectoryName(ProjectPaths.RequireShared("uner-english-ewt"))!;
                var path = parse.GetValue(output)?.FullName ?? Path.Combine("models", "ner.bin");
                NerTraining.Run(new NerTraining.Options(shared, path, parse.GetValue(epochs), parse.GetValue(wikigold), parse.GetValue(seed)), Console.Error);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"dyad train ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
