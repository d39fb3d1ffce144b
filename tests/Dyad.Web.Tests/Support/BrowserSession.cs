using Microsoft.Playwright;

namespace Dyad.Web.Tests.Support;

/// <summary>A seeded server and one headless Debian Chromium (never Playwright's own download), shared by a class's browser tests.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    internal TestServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go, to be looked at by a person: $DYAD_SCREENSHOTS or a temp folder.</summary>
    public static string ScreenshotDir { get; } =
        Environment.GetEnvironmentVariable("DYAD_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "dyad-screenshots");

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync(articles: 80);
        if (!File.Exists(ChromiumFactAttribute.Executable)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable, Headless = true, Args = ChromiumArgs, Timeout = 60_000,
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A fresh page of the given size that records console errors, page errors and any request that leaves the server.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) => { if (!r.Url.StartsWith(Server.Address.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:")) problems.Add("network: " + r.Url); };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
