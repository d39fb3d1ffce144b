using System.CommandLine;
using Dyad.Formats;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad articles PATH… [--format jsonl] [--out FILE] [--no-fetch]`: the articles found in the input, one JSON object each.</summary>
    public static Command Articles()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "files, folders (read recursively), - for standard input, or http(s) URLs of pages and feeds",
        };
        var format = new Option<string>("--format") { Description = "output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--out") { Description = "write to FILE (complete or not at all) instead of standard output" };
        var noFetch = new Option<bool>("--no-fetch") { Description = "do not fetch the pages of feed items that carry only a summary" };
        var command = new Command("articles", "Print the articles found in the input, boilerplate removed, one JSON object per line.")
        {
            paths, format, output, noFetch,
        };
        command.SetAction(async (parse, ct) =>
        {
            var cli = CliContext.From(parse);
            var inputs = parse.GetValue(paths) ?? [];
            InputArticles.Validate(inputs);
            var outPath = parse.GetValue(output);
            using var file = outPath is null or "-" ? null : OutputFile.Create(outPath);
            var writer = file?.Writer ?? cli.Out;
            var input = new InputArticles(cli, fetchLinkedPages: !parse.GetValue(noFetch));
            await WorkProgress.RunAsync(cli, "articles", InputArticles.TotalBytes(inputs), resultsOnStdout: file is null, async progress =>
            {
                await foreach (var article in input.ReadAsync(inputs, progress, ct))
                    writer.Write(ArticleJson.ToJsonLine(article) + "\n");
                return 0;
            });
            if (input.Read == 0)
            {
                cli.Error.WriteLine(input.Skipped == 0 ? "dyad: no articles found in the input" : $"dyad: no articles found in the input ({input.Skipped} skipped)");
                return 1;
            }
            file?.Commit();
            return 0;
        });
        return command;
    }
}
