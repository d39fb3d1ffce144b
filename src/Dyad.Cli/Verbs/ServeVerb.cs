using System.CommandLine;
using Dyad.Documents;
using Dyad.Storage;
using Dyad.Web;
using Microsoft.Extensions.Hosting;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary><c>dyad serve [--db DB] [--urls URL] [--api-key KEY]</c>: the REST API and the dashboard, on loopback by default.</summary>
    public static Command Serve()
    {
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string", DefaultValueFactory = _ => EventStore.DefaultPath };
        var urls = new Option<string>("--urls") { Description = "where to listen (semicolon-separated)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "require this key in the X-Api-Key header for writes (default: $DYAD_API_KEY)" };
        var ingest = new Option<string[]>("--ingest")
        {
            Description = "first ingest these files or folders into the store (the same article twice is stored once)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Serve the REST API and the dashboard.") { db, urls, apiKey, ingest };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            int Fail(string message)
            {
                parse.InvocationConfiguration.Error.WriteLine("dyad serve: " + message);
                return 1;
            }
            var listen = parse.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries))
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                    return Fail($"--urls: '{url}' is not an http(s) address such as http://127.0.0.1:5080");
            if (parse.GetValue(ingest) is { Length: > 0 } toIngest)
            {
                var cli = CliContext.From(parse);
                InputArticles.Validate(toIngest);
                if (await IngestAsync(cli, toIngest, parse.GetValue(db)!, Ingestor.DefaultBatchSize, ct) is null) return 1;
            }
            IEventStore store;
            try
            {
                store = await EventStore.OpenAsync(parse.GetValue(db), ct: ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Fail($"cannot open the store {parse.GetValue(db)}: {e.Message}");
            }
            await using (store)
            {
                var app = DyadWebApp.Build(new DyadWebOptions
                {
                    Store = store,
                    Urls = listen,
                    ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("DYAD_API_KEY"),
                    Coder = ServeCoder,
                    HtmlReader = ReadPostedHtml,
                });
                try
                {
                    await app.StartAsync(ct);
                }
                catch (IOException e)
                {
                    return Fail($"cannot listen on {listen}: {e.Message}");
                }
                foreach (var address in DyadWebApp.Addresses(app))
                    output.WriteLine($"Dyad dashboard: {address.TrimEnd('/')}/  (API: {address.TrimEnd('/')}/openapi/v1.json; Ctrl+C stops)");
                await app.WaitForShutdownAsync(ct);
                await app.DisposeAsync();
            }
            return 0;
        });
        return command;
    }

    /// <summary>The pipeline that codes articles posted to <c>POST /api/articles</c>: the same processing as <c>dyad ingest</c>.</summary>
    internal static ArticleCoder ServeCoder { get; set; } = (article, ct) => ValueTask.FromResult(ProcessArticle(article));

    /// <summary>Posted HTML goes through the same reader as HTML files, so boilerplate is removed the same way.</summary>
    private static Article ReadPostedHtml(string html, string? url)
    {
        var result = Dyad.Reading.HtmlArticleReader.Read(html, url ?? "POST /api/articles", url);
        // A page with no article text becomes an empty article, which the intake rejects with a 400 naming the body.
        return result.Article ?? new Article("", null, null, url, null, "", []);
    }
}
