using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>
/// Scraped pages full of script (Accounts/Xss: script tags, event handlers, javascript: links, SVG payloads), submitted
/// and shown on every page that renders scraped text. Not one payload may run, and the Content-Security-Policy
/// may not even have to step in: the text must arrive encoded, so the browser reports no violation either.
/// </summary>
public sealed class XssTests(PageServer pages, Chromium chromium) : IClassFixture<PageServer>, IClassFixture<Chromium>
{
    private const string Probe = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private const string Dangerous =
        "[onerror],[onload],[onclick],[onmouseover],[onfocus],[onbegin],svg,iframe,object,embed,math,a[href^='javascript:' i],a[href^='data:' i],[href*='javascript:' i]";

    [Fact]
    public async Task ScrapedPayloads_NeitherRunNorTripTheCsp_WhenEveryPageRendersThem()
    {
        await using var app = new FactCheckApp(connectionString: null, kestrel: true);
        using var client = app.CreateServerClient();
        var ids = new List<long>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Accounts", "Xss"), "*.html").Order())
        {
            var html = await File.ReadAllTextAsync(file);
            pages.MapHtml($"/xss/{Path.GetFileName(file)}", html);
            ids.Add(await client.SubmitAsync(new { url = pages.Url($"/xss/{Path.GetFileName(file)}").AbsoluteUri }));
            // The same markup pasted rather than fetched takes the other way in.
            ids.Add(await client.SubmitAsync(new { html, url = "https://news.example/" + Path.GetFileName(file) }));
        }

        // The sample article raises a flag to review.
        ids.Add(await client.SubmitAsync(new { html = Fixture.Html, url = "https://news.example" + Fixture.ArticlePath }));
        ids.Add(await client.SubmitAsync(new { text = "<script>window.__xss=1</script> title\n\nExports rose to 300 km <img src=x onerror=window.__xss=1> in May.", title = "<svg onload=window.__xss=1>" }));
        foreach (var id in ids)
        {
            Assert.Equal("done", (await client.WaitAsync(id, TimeSpan.FromSeconds(90))).Status);
        }

        // An editor's note is stored text as well, shown on flag cards and in the audit trail.
        var flags = await client.GetJsonAsync<List<FlagState>>("/api/flags?status=all");
        Assert.NotEmpty(flags);
        using (var review = await client.PostAsJsonAsync($"/api/flags/{flags[0].Id}/review", new { decision = "confirm", note = "<img src=x onerror=window.__xss=1><script>window.__xss=1</script>" }))
        {
            review.EnsureSuccessStatusCode();
        }

        var page = await chromium.NewPageAsync();
        await page.AddInitScriptAsync(Probe);
        var dialogs = new List<string>();
        var refusals = new List<string>();
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add(m.Text);
            }
        };
        await app.SignInAsync(page, Roles.Admin);

        string[] paths = ["/", "/flags?status=all", "/search?q=exports", "/search?q=cable", "/admin/audit", .. ids.Select(id => $"/submissions/{id}")];
        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(app.ServerAddress, path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Give any handler that could fire (onload, autofocus, animations) the chance to.
            await page.WaitForTimeoutAsync(150);
            var ran = await page.EvaluateAsync<int?>("() => window.__xss ?? null");
            var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
            var dangerous = await page.Locator($"main :is({Dangerous})").CountAsync();
            var scripts = await page.EvaluateAsync<string[]>("() => Array.from(document.scripts).map(s => s.src || 'inline')");

            Assert.True(ran is null, $"{path}: a payload ran ({ran})");
            Assert.True(violations.Length == 0, $"{path}: CSP violations: {string.Join("; ", violations)}");
            Assert.True(dangerous == 0, $"{path}: {dangerous} live elements from scraped markup");
            Assert.All(scripts, s => Assert.Contains("/js/site.js", s, StringComparison.Ordinal));
        }

        Assert.Empty(dialogs);
        Assert.Empty(refusals);
        // The payloads are still there for the editor to read, as text (ids[0] is event-handlers.html, fetched).
        await page.GotoAsync(new Uri(app.ServerAddress, $"/submissions/{ids[0]}").AbsoluteUri);
        Assert.Contains("<img src=x onerror=", await page.TextContentAsync("#article"), StringComparison.Ordinal);
    }
}
