using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dyad.Training;

namespace Dyad.Cli;

// `dyad train clusters`: word classes from unlabelled text for the parser's --clusters option (docs/notes/syntax.md, session 10).
internal static partial class Verbs
{
    public static Command TrainClusters()
    {
        var text = new Option<string[]>("--text") { Description = "plain-text files or folders (every *.txt inside, in ordinal order); one paragraph or sentence a line", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "the cluster file to write (word TAB class TAB class …)", Required = true };
        var classes = new Option<string>("--classes") { Description = "numbers of classes, one clustering each", DefaultValueFactory = _ => "16,64,256,1024" };
        var minCount = new Option<int>("--min-count") { Description = "cluster words seen at least this often; rarer ones are left out", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "seed for the initial classes", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "most passes of the exchange algorithm per clustering", DefaultValueFactory = _ => 15 };
        var command = new Command("clusters", "Cluster the words of unlabelled text (exchange algorithm, class bigram) for `dyad train parser --clusters`.")
            { text, output, classes, minCount, seed, iterations };
        command.SetAction(parse =>
        {
            try
            {
                var sizes = parse.GetValue(classes)!.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                if (sizes.Any(s => s is < 2 or > 65536)) throw new ArgumentException("--classes: each number is 2 to 65536");
                var files = parse.GetValue(text)!.SelectMany(TextFiles).ToArray();
                var clock = Stopwatch.StartNew();
                var trainer = new ClusterTrainer { MinCount = parse.GetValue(minCount), Seed = parse.GetValue(seed), MaxIterations = parse.GetValue(iterations), Log = TrainLog };
                var (tokens, words, _) = trainer.Read(files.SelectMany(File.ReadLines));
                var result = trainer.Train(tokens, words.Length, sizes);
                var outPath = parse.GetValue(output)!;
                var recipe = FormattableString.Invariant($"dyad train clusters --classes {string.Join(',', sizes)} --min-count {trainer.MinCount} --seed {trainer.Seed} --iterations {trainer.MaxIterations}; {files.Length} files, {tokens.Length:N0} tokens");
                ClusterTrainer.Write(outPath, words, sizes, result, recipe);
                TrainLog($"wrote {outPath}: {words.Length:N0} words, {new FileInfo(outPath).Length:N0} bytes in {clock.Elapsed.TotalSeconds:0} s");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"dyad train clusters: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static IEnumerable<string> TextFiles(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : File.Exists(path) ? [path] : throw new FileNotFoundException($"--text: no file or folder '{path}'");
}
