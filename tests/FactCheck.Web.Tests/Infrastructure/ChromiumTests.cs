namespace FactCheck.Web.Tests.Infrastructure;

public class ChromiumTests(Chromium chromium, PageServer server) : IClassFixture<Chromium>, IClassFixture<PageServer>
{
    [Fact]
    public async Task NewPageAsync_ReadsHeadingText_WhenPageComesFromPageServer()
    {
        server.MapHtml("/story", """
            <!doctype html>
            <html><head><title>Story</title></head>
            <body><h1>Inflation rose to 3.2%</h1><p>Body text.</p></body></html>
            """);
        var page = await chromium.NewPageAsync();

        var response = await page.GotoAsync(server.Url("/story").ToString());

        Assert.Equal(200, response?.Status);
        Assert.Equal("Inflation rose to 3.2%", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Story", await page.TitleAsync());
    }

    [Fact]
    public async Task NewPageAsync_RunsScript_WhenPageBuildsContentInBrowser()
    {
        server.MapHtml("/scripted", """
            <!doctype html>
            <html><body><div id="out"></div>
            <script>document.getElementById('out').textContent = String(6 * 7);</script>
            </body></html>
            """);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(server.Url("/scripted").ToString());

        Assert.Equal("42", await page.Locator("#out").InnerTextAsync());
    }
}
