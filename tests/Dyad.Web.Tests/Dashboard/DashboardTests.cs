using System.Text.Json;
using Dyad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dyad.Web.Tests.Dashboard;

public sealed class DashboardTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private string Home => session.Server.Address.ToString();

    [ChromiumFact]
    public async Task Dashboard_AtDesktopSize_DrawsTimelineMapAndTable_WithoutErrors()
    {
        var (page, problems) = await session.OpenAsync(1280, 720);
        await page.GotoAsync(Home);
        await page.WaitForSelectorAsync("svg.timeline rect.q1");
        await page.WaitForSelectorAsync("svg.map circle.pt");
        Assert.True(await page.Locator("svg.timeline .bars rect").CountAsync() > 10);
        Assert.True(await page.Locator("svg.map path.land").CountAsync() == 1);
        Assert.True(await page.Locator("svg.map circle.pt").CountAsync() > 5);
        Assert.Equal(0, await page.Locator("svg.map circle.country").CountAsync());
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() > 20);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDir, "dashboard-1280.png") });
        await page.CheckAsync("#show-country");
        await page.WaitForSelectorAsync("svg.map circle.country");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dashboard_FilterByRoot_ShowsOnlyThatRoot()
    {
        var (page, problems) = await session.OpenAsync(1280, 720);
        await page.GotoAsync(Home);
        await page.WaitForSelectorAsync("table.events tbody tr");
        await page.FillAsync("#f-root", "19");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync("() => location.hash.includes('root=19')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('a.event-link')].every(a => a.textContent.startsWith('19'))");
        Assert.True(await page.Locator("a.event-link").CountAsync() > 0);
        await page.FillAsync("#f-root", "4");
        await page.ClickAsync("#filters button[type=submit]");
        Assert.Contains("two-digit", await page.TextContentAsync("#e-root"));
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dashboard_OpenEventByKeyboard_HighlightsItsSentence()
    {
        var (page, problems) = await session.OpenAsync(1280, 720);
        await page.GotoAsync(Home);
        var link = page.Locator("a.event-link").First;
        await link.WaitForAsync();
        var id = await link.GetAttributeAsync("data-id");
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var mark = page.Locator("#detail mark").First;
        await mark.WaitForAsync();
        var ev = await session.Server.GetJsonAsync("api/events/" + id);
        Assert.Equal(ev.GetProperty("mentions")[0].GetProperty("text").GetString(), await mark.TextContentAsync());
        Assert.Contains(ev.GetProperty("rule").GetString()!, await page.TextContentAsync("#detail"));
        Assert.Equal("detail-title", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDir, "event-1280.png") });
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dashboard_BrushOnTimeline_SetsDateRange()
    {
        var (page, problems) = await session.OpenAsync(1280, 720);
        await page.GotoAsync(Home);
        await page.WaitForSelectorAsync("svg.timeline rect.q1");
        var box = (await page.Locator("svg.timeline").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.3f, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.5f, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('from=') && location.hash.includes('to=')");
        var from = await page.InputValueAsync("#f-from");
        var to = await page.InputValueAsync("#f-to");
        Assert.True(string.CompareOrdinal(from, to) <= 0, $"{from} > {to}");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('table.events tbody tr td:first-child')].every(td => td.textContent >= '{from}' && td.textContent <= '{to}')");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dashboard_CodeAndTextFilters_ApplyToTimelineAndDyadCharts()
    {
        var (page, problems) = await session.OpenAsync(1280, 720);
        const string dyad = "source=IRQ&target=IRN", filters = dyad + "&code=05&q=Basra";
        long Total(JsonElement points) => points.EnumerateArray().Sum(p => p.GetProperty("count").GetInt64());
        var expected = Total(await session.Server.GetJsonAsync("api/series?by=month&" + filters));
        Assert.InRange(expected, 1, Total(await session.Server.GetJsonAsync("api/series?by=month&" + dyad)) - 1);

        await page.GotoAsync(Home + "#/?" + filters);
        await page.WaitForSelectorAsync("svg.dyad-chart rect.count-bar");
        await page.WaitForSelectorAsync("svg.timeline .bars rect");
        Assert.StartsWith($"Timeline: {expected} events", await page.GetAttributeAsync("svg.timeline", "aria-label"));
        Assert.StartsWith($"IRQ → IRN: {expected} events", await page.GetAttributeAsync("svg.dyad-chart", "aria-label"));
        Assert.DoesNotContain("do not apply", await page.TextContentAsync("main") ?? "");

        // A code this dyad never has leaves both charts with no events (their periods stay, at zero).
        await page.GotoAsync(Home + "#/?" + dyad + "&code=19&q=Basra");
        await page.WaitForFunctionAsync("() => document.querySelector('svg.dyad-chart')?.getAttribute('aria-label')?.startsWith('IRQ → IRN: 0 events')");
        await page.WaitForFunctionAsync("() => document.querySelector('svg.timeline')?.getAttribute('aria-label')?.startsWith('Timeline: 0 events')");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task Dashboard_AtPhoneWidth_FitsWithoutSideScroll_AndShowsDyadAndActor()
    {
        var (page, problems) = await session.OpenAsync(390, 844);
        await page.GotoAsync(Home + "#/?source=IRQ&target=IRN");
        await page.WaitForSelectorAsync("svg.dyad-chart rect.count-bar");
        await page.WaitForSelectorAsync("svg.map circle.pt");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDir, "dashboard-390.png"), FullPage = true });
        await page.FillAsync("#actor-q", "Sudani");
        await page.ClickAsync("#actor-results a");
        await page.WaitForSelectorAsync("#actor-title");
        Assert.Contains("IRQGOV", await page.TextContentAsync("#detail"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDir, "actor-390.png") });
        Assert.Empty(problems);
    }
}
