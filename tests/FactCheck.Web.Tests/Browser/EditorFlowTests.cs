using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Browser;

/// <summary>The editor's page flows in headless Chromium against the real app on PostgreSQL.</summary>
public sealed class EditorFlowTests(TestPostgres postgres, PageServer pages, Chromium chromium)
    : IClassFixture<TestPostgres>, IClassFixture<PageServer>, IClassFixture<Chromium>
{
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task SubmitAndReview_ShowsHighlightsAndStoresDismissal_WhenEditorChecksFixtureUrl()
    {
        // A slow page keeps the submission in "fetching" long enough to see the page follow it live.
        pages.MapDelayed("/slow" + Fixture.ArticlePath, Fixture.Html, TimeSpan.FromSeconds(2));
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page);

        await page.GotoAsync(new Uri(app.ServerAddress, "/").AbsoluteUri);
        await page.FillAsync("#Url", pages.Url("/slow" + Fixture.ArticlePath).AbsoluteUri);
        await page.ClickAsync("#submit-form button[type=submit]");
        await page.WaitForSelectorAsync("#stage:text-is('fetching')", Long);
        await page.WaitForSelectorAsync("#status.status-done", Long);
        await page.WaitForSelectorAsync("#article mark.quantity", Long);

        Assert.Equal(Fixture.Headline, (await page.TextContentAsync("#article h1"))?.Trim());
        Assert.True(await page.Locator("#article mark.quantity").CountAsync() >= 12);
        var flagged = await page.Locator("#article mark.quantity.flagged").AllTextContentsAsync();
        Assert.Contains("119,000 miles", flagged);
        Assert.Contains("209,215 km", flagged);

        // Hovering a figure shows what was read around it: here the month it covers.
        var context = await page.Locator("#article mark.quantity", new() { HasText = "119,000 miles" }).First.GetAttributeAsync("title");
        Assert.Contains("May", context, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("section.flag:not(.flag-info)").CountAsync());
        Assert.Equal(0, await page.Locator("section.flag[data-type='conversion-mismatch']").CountAsync());
        var flag = page.Locator("section.flag[data-type='mixed-units']");
        Assert.Contains("May", await flag.Locator("table.values").TextContentAsync(), StringComparison.Ordinal);

        await flag.Locator("textarea[name=note]").FillAsync("The source table mixes units too; fine as quoted.");
        await flag.Locator("button.dismiss").ClickAsync();
        await page.WaitForSelectorAsync("section.flag .review", Long);

        var review = await page.Locator("section.flag .review").TextContentAsync();
        Assert.Contains($"Dismissed by {FactCheckApp.EditorEmail}", review, StringComparison.Ordinal);
        Assert.Contains("The source table mixes units too", review, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article mark.quantity.flagged").CountAsync());
    }

    [Fact]
    public async Task ReviewQueue_FiltersByTypeAndConfirms_WhenFlagsAreOpen()
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        using var client = app.CreateServerClient();
        var id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page);

        await page.GotoAsync(new Uri(app.ServerAddress, "/flags").AbsoluteUri);
        await page.SelectOptionAsync("select[name=type]", "conversion-mismatch");
        await page.ClickAsync("#flag-filters button");
        Assert.Equal(0, await page.Locator("section.flag").CountAsync());

        await page.SelectOptionAsync("select[name=type]", "mixed-units");
        await page.SelectOptionAsync("select[name=severity]", "warning");
        await page.ClickAsync("#flag-filters button");
        Assert.Equal(1, await page.Locator("section.flag").CountAsync());
        Assert.Contains(Fixture.Headline, await page.Locator("section.flag .flag-article").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("section.flag textarea[name=note]").FillAsync("Ask the desk to convert May to km.");
        await page.Locator("section.flag button.confirm").ClickAsync();
        await page.WaitForSelectorAsync("section.flag .review", Long);
        Assert.Contains("Confirmed by", await page.Locator("section.flag .review").TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(app.ServerAddress, "/flags?type=mixed-units").AbsoluteUri);
        Assert.Equal(0, await page.Locator("section.flag").CountAsync());
        await page.GotoAsync(new Uri(app.ServerAddress, "/flags?status=confirmed").AbsoluteUri);
        Assert.Equal(1, await page.Locator("section.flag").CountAsync());
    }

    [Fact]
    public async Task Search_FindsClaimAndJumpsToArticle_WhenEditorQueriesWithUnitFilter()
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        using var client = app.CreateServerClient();
        var id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        await Submissions.SubmissionPipelineTests.SearchUntilFoundAsync(client, $"/api/claims/search?article={id}");
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page);

        await page.GotoAsync(new Uri(app.ServerAddress, "/search").AbsoluteUri);
        await page.FillAsync("input[name=q]", "fiber-optic");
        await page.SelectOptionAsync("select[name=unit]", "length");
        await page.FillAsync("input[name=min]", "500000");
        await page.ClickAsync("#search-form button");
        await page.WaitForSelectorAsync("#hits li", Long);

        var quantities = await page.Locator("#hits .hit-quantity").AllTextContentsAsync();
        Assert.Contains("527,865 km", quantities);
        Assert.DoesNotContain("209,215 km", quantities);
        Assert.True(await page.Locator("#hits .snippet mark").CountAsync() > 0);

        await page.Locator("#hits li").First.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("#article mark.quantity", Long);
        Assert.Contains($"/submissions/{id}#claim-", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ShowsReasonAndKeepsPastedText_WhenUrlIsMalformed()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page);

        await page.GotoAsync(new Uri(app.ServerAddress, "/").AbsoluteUri);
        await page.FillAsync("#Url", "htp:/nowhere");
        await page.FillAsync("#Title", "My draft");
        await page.ClickAsync("#submit-form button[type=submit]");
        await page.WaitForSelectorAsync(".errors li", Long);

        Assert.Contains("Not a valid http(s) URL", await page.TextContentAsync(".errors"), StringComparison.Ordinal);
        Assert.Equal("htp:/nowhere", await page.InputValueAsync("#Url"));
        Assert.Equal("My draft", await page.InputValueAsync("#Title"));
    }
}
