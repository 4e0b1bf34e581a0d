using System.Text;
using FactCheck.Core.Accounts;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Browser;

/// <summary>An admin uploads a table with its mapping, previews it, imports it; a broken table is refused whole.</summary>
public sealed class DatasetFlowTests(TestPostgres postgres, Chromium chromium) : IClassFixture<TestPostgres>, IClassFixture<Chromium>
{
    private const string Table = "country;year;value\nNorway;2019;\"1,200\"\nNorway;2020;1150\nChile;2020;n/a\n";

    [Fact]
    public async Task Upload_PreviewsThenImportsVersionOne_WhenTableAndMappingAreGood()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page, Roles.Admin);
        await page.GotoAsync(new Uri(app.ServerAddress, "/datasets").AbsoluteUri);

        await FillAsync(page, Table);
        await page.ClickAsync("#dataset-form button:text('Preview')");
        await page.WaitForSelectorAsync("#preview");

        var rows = await page.Locator("#preview tbody tr").AllTextContentsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("country: Norway", rows[0], StringComparison.Ordinal);
        Assert.Contains("1,200", rows[0], StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.Datasets.Count()));

        await FillAsync(page, Table);
        await page.ClickAsync("#dataset-form button:text('Import')");
        await page.WaitForSelectorAsync("#imported");

        Assert.Contains("version 1: 2 records from 3 rows", await page.TextContentAsync("#imported"), StringComparison.Ordinal);
        Assert.Contains("Energy use (test)", await page.TextContentAsync("#datasets"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ListsBrokenLinesAndStoresNothing_WhenTableHasBadRows()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), kestrel: true);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page, Roles.Admin);
        await page.GotoAsync(new Uri(app.ServerAddress, "/datasets").AbsoluteUri);

        await FillAsync(page, "country;year;value\nNorway;2019;1200\nNorway;20x9;5\nChile;2020;plenty\n");
        await page.ClickAsync("#dataset-form button:text('Import')");
        await page.WaitForSelectorAsync("#row-errors");

        var errors = await page.Locator("#row-errors li").AllTextContentsAsync();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("line 3:", errors[0], StringComparison.Ordinal);
        Assert.Contains("\"plenty\" is not a number", errors[1], StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.Records.Count()));
        Assert.Equal(0, await page.Locator("#datasets").CountAsync());
    }

    [Fact]
    public async Task ReplaceLink_ChecksAgainstChosenRecord_WhenEditorPicksAnotherRecordOnTheArticlePage()
    {
        await using var app = await SampleTable.StartAsync(postgres, kestrel: true);
        using var client = app.CreateServerClient();
        var id = await client.SubmitAsync(new { title = "Cable", text = "China shipped 116 km of fiber-optic cable to Russia in August 2025." });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var page = await chromium.NewPageAsync();
        await app.SignInAsync(page);
        await page.GotoAsync(new Uri(app.ServerAddress, $"/submissions/{id}").AbsoluteUri);
        var link = page.Locator("#links li.link");
        Assert.Contains("disagrees with", await link.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("section.flag[data-type='dataset-mismatch']").CountAsync());

        var ukraine = await link.Locator("select[name=recordId] option", new() { HasTextString = "partner: Ukraine" }).GetAttributeAsync("value");
        await link.Locator("select[name=recordId]").SelectOptionAsync(ukraine!);
        await link.Locator(".replace-form input[name=note]").FillAsync("the 116 km went to Ukraine");
        await link.Locator("button[value=replace]").ClickAsync();
        await page.WaitForSelectorAsync("#links .link-review");

        var text = await page.Locator("#links li.link").TextContentAsync();
        Assert.Contains("Replaced by", text, StringComparison.Ordinal);
        Assert.Contains("consistent with", text, StringComparison.Ordinal);
        Assert.Contains("partner: Ukraine", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("section.flag[data-type='dataset-mismatch']").CountAsync());
        Assert.Equal("Replaced", app.WithDb(db => db.Links.Single(l => l.SubmissionId == id && l.RecordId != null).Status.ToString()));
    }

    private static async Task FillAsync(IPage page, string csv)
    {
        await page.SetInputFilesAsync("input[name=Upload]", new FilePayload { Name = "energy.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.FillAsync("#Form_Dataset", "Energy use (test)");
        await page.FillAsync("#Form_Dimensions", "country");
        await page.FillAsync("#Form_Period", "year");
        await page.FillAsync("#Form_Value", "value");
        await page.FillAsync("#Form_Unit", "TWh");
    }
}
