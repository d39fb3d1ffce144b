using System.CommandLine;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Learning;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad annotate`: the linguistic layers of each input document, as CoNLL-U or JSON.</summary>
    public static Command Annotate()
    {
        var paths = new Argument<string[]>("PATH") { Description = "files, folders (recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string>("--from") { Description = "input kind: text or conllu (gold tokens and sentences)", DefaultValueFactory = _ => "text" };
        var format = new Option<string>("--format") { Description = "output: json or conllu", DefaultValueFactory = _ => "json" };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) when the input carries none" };
        var models = new Option<string?>("--models") { Description = "folder with the model files (default: the shipped models)" };
        var command = new Command("annotate", "Print the linguistic layers (tags, lemmas, dependencies) of each document.") { paths, from, format, date, models };
        from.AcceptOnlyFromAmong("text", "conllu");
        format.AcceptOnlyFromAmong("json", "conllu");
        command.SetAction(parse =>
        {
            try
            {
                bool json = parse.GetValue(format) == "json";
                return parse.GetValue(from) == "conllu"
                    ? AnnotateConllu(parse, parse.GetValue(paths)!, json, parse.GetValue(models))
                    : AnnotateText(parse, parse.GetValue(paths)!, parse.GetValue(date), json, parse.GetValue(models));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or ArgumentException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"dyad annotate: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>`--from conllu`: gold tokens and sentences, one document per # newdoc, through the tagger, parser and entities.</summary>
    /// <remarks>Streams like <see cref="AnnotateText"/>: documents are read as the window frees, annotated on every core and
    /// printed in input order. A malformed line stops the run with exit code 1 once every sentence before it is printed.</remarks>
    private static int AnnotateConllu(System.CommandLine.ParseResult parse, string[] inputs, bool json, string? modelsDir)
    {
        var cli = CliContext.From(parse);
        var files = ConlluInput.Expand(inputs);
        var pipeline = Stages.ForDocuments(Layers.Tokens | Layers.Sentences, modelsDir);
        var input = new ConlluInput(cli);
        var output = cli.Out;
        var jsonOut = new AnnotationJsonWriter(output);
        int cores = Environment.ProcessorCount;
        OrderedStream.RunAsync(input.Read(files).ToAsyncEnumerable(), d => { pipeline.Process(d.Doc); return d; }, d =>
        {
            if (json) jsonOut.Write(d.Doc);
            else ConlluDocs.Write(output, d.Doc, d.Sentences);
        }, cores, cores * OrderedStream.WindowPerCore).GetAwaiter().GetResult();
        output.Flush();
        if (input.Error is null) return 0;
        cli.Error.WriteLine($"dyad annotate: {input.Error}; stopped there, after printing every sentence before it");
        return 1;
    }

    /// <summary>`--from text`: every input kind the readers know, through the whole news pipeline.</summary>
    /// <remarks>Streams: articles are annotated on every core as they are read and printed in input order, with at most
    /// <see cref="OrderedStream.WindowPerCore"/> per core read but not yet printed, so memory does not grow with the input.</remarks>
    private static int AnnotateText(System.CommandLine.ParseResult parse, string[] inputs, string? date, bool json, string? modelsDir)
    {
        var cli = CliContext.From(parse);
        InputArticles.Validate(inputs);
        var published = ParseDateOption(date);
        var pipeline = NewsPipeline.LoadDefault(modelsDir);
        var input = new InputArticles(cli, fetchLinkedPages: true);
        var output = cli.Out;
        var jsonOut = new AnnotationJsonWriter(output);
        int cores = Environment.ProcessorCount;
        WorkProgress.RunAsync(cli, "articles", InputArticles.TotalBytes(inputs), resultsOnStdout: true, progress =>
            OrderedStream.RunAsync(input.ReadAsync(inputs, progress), a => pipeline.Run(a, published), doc =>
            {
                if (json) jsonOut.Write(doc);
                else ConlluDocs.Write(output, doc);
            }, cores, cores * OrderedStream.WindowPerCore)).GetAwaiter().GetResult();
        output.Flush();
        if (input.Read > 0) return 0;
        cli.Error.WriteLine("dyad: no articles found in the input");
        return 1;
    }
}
