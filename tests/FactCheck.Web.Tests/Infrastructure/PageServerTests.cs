using System.Diagnostics;
using System.Net;

namespace FactCheck.Web.Tests.Infrastructure;

public class PageServerTests(PageServer server) : IClassFixture<PageServer>
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Url_ServesRegisteredHtml_WhenPathIsMapped()
    {
        server.MapHtml("/articles/one", "<html><body><h1>One</h1></body></html>");

        using var response = await Client.GetAsync(server.Url("/articles/one"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("<html><body><h1>One</h1></body></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal(IPAddress.Loopback.ToString(), server.BaseUri.Host);
    }

    [Fact]
    public async Task Url_Returns404_WhenPathIsNotMapped()
    {
        server.MapHtml("/mapped", "<p>here</p>");

        using var response = await Client.GetAsync(server.Url("/not-mapped"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, server.Hits("/not-mapped"));
    }

    [Fact]
    public async Task MapBytes_ServesBodyAndContentType_WhenRequested()
    {
        byte[] body = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF];
        server.MapBytes("/files/report.pdf", "application/pdf", body);

        using var response = await Client.GetAsync(server.Url("files/report.pdf?download=1"));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task MapStatus_ReturnsThatStatus_WhenMapped(int statusCode)
    {
        server.MapStatus($"/status/{statusCode}", statusCode);

        using var response = await Client.GetAsync(server.Url($"/status/{statusCode}"));

        Assert.Equal(statusCode, (int)response.StatusCode);
    }

    [Fact]
    public async Task MapDelayed_AnswersAfterDelay_WhenRequested()
    {
        server.MapDelayed("/slow", "<p>late</p>", TimeSpan.FromMilliseconds(400));

        var clock = Stopwatch.StartNew();
        var body = await Client.GetStringAsync(server.Url("/slow"));

        Assert.Equal("<p>late</p>", body);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(350), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task MapDelayed_TimesOutClient_WhenDelayIsLongerThanClientTimeout()
    {
        server.MapDelayed("/hang", "<p>never</p>", TimeSpan.FromMinutes(5));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetStringAsync(server.Url("/hang")));
    }

    [Fact]
    public async Task DisposeAsync_StopsListening_WhenServerIsDisposed()
    {
        var own = await PageServer.StartAsync();
        var port = own.Port;
        Assert.True(FreePort.IsListening(port));

        await own.DisposeAsync();

        Assert.False(FreePort.IsListening(port));
    }
}
