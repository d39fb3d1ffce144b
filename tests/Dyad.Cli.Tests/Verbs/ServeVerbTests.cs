using System.CommandLine;
using System.Text.RegularExpressions;

namespace Dyad.Cli.Tests.Verbs;

public sealed class ServeVerbTests
{
    [Fact]
    public async Task Serve_BadUrls_FailsWithOneLine()
    {
        var (code, _, err) = await IngestVerbTests.RunAsync(Dyad.Cli.Verbs.Serve(), "--urls", "ftp://127.0.0.1:1");
        Assert.NotEqual(0, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("--urls", err);
    }

    [Fact]
    public async Task Serve_OnFreeLoopbackPort_PrintsUrlAndAnswersUntilCancelled()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-serve-").FullName;
        var (o, e) = (new SyncWriter(), new StringWriter());
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = Dyad.Cli.Verbs.Serve().Parse(["--db", Path.Combine(dir, "s.db"), "--urls", "http://127.0.0.1:0"])
            .InvokeAsync(new InvocationConfiguration { Output = o, Error = e }, cts.Token);
        Match url = Match.Empty;
        for (var i = 0; i < 300 && !(url = Regex.Match(o.ToString(), @"Dyad dashboard: (http://127\.0\.0\.1:\d+/)")).Success; i++)
            await Task.Delay(100);
        Assert.True(url.Success, "no URL printed: " + o + e);
        using var http = new HttpClient();
        Assert.Contains("\"status\":\"ok\"", await http.GetStringAsync(url.Groups[1].Value + "health"));
        await cts.CancelAsync();
        Assert.Equal(0, await run);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>A writer the verb writes from its thread while the test reads from another.</summary>
    private sealed class SyncWriter : StringWriter
    {
        public override void WriteLine(string? value) { lock (this) base.WriteLine(value); }
        public override string ToString() { lock (this) return base.ToString(); }
    }
}
