using System.Net;
using System.Net.Http.Json;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;

namespace FactCheck.Web.Tests.Submissions;

/// <summary>Bad input gets a clear answer and the app keeps serving.</summary>
public sealed class BadInputTests(PageServer pages, EmbeddedApp embedded) : IClassFixture<PageServer>, IClassFixture<EmbeddedApp>
{
    private readonly HttpClient client = embedded.Client;

    [Theory]
    [InlineData("htp:/nowhere")]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/report.html")]
    [InlineData("")]
    public async Task Submit_Returns400WithReason_WhenUrlIsMalformed(string url)
    {
        using var response = await client.PostAsJsonAsync("/api/submissions", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("URL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_Returns400WithReason_WhenTextIsEmpty()
    {
        using var response = await client.PostAsJsonAsync("/api/submissions", new { text = "  \n " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_FailsWithReason_WhenHostIsUnreachable()
    {
        var closed = FreePort.Next();
        var id = await client.SubmitAsync(new { url = $"http://127.0.0.1:{closed}/story" });

        var state = await client.WaitAsync(id);

        Assert.Equal("failed", state.Status);
        Assert.Contains("127.0.0.1", state.Error, StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Submission_FailsWithReason_WhenPageIsPdf()
    {
        pages.MapBytes("/report.pdf", "application/pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray());
        var id = await client.SubmitAsync(new { url = pages.Url("/report.pdf").AbsoluteUri });

        var state = await client.WaitAsync(id);

        Assert.Equal("failed", state.Status);
        Assert.Contains("application/pdf", state.Error, StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Submission_FailsWithReason_WhenServerAnswers404()
    {
        var id = await client.SubmitAsync(new { url = pages.Url("/gone").AbsoluteUri });

        var state = await client.WaitAsync(id);

        Assert.Equal("failed", state.Status);
        Assert.Contains("404", state.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_FailsWithReason_WhenHtmlHasNoArticleText()
    {
        var id = await client.SubmitAsync(new { html = "<html><body><nav><a href='/'>Home</a></nav></body></html>" });

        var state = await client.WaitAsync(id);

        Assert.Equal("failed", state.Status);
        Assert.Contains("No article text", state.Error, StringComparison.Ordinal);
    }

    private async Task AssertStillServingAsync()
    {
        var id = await client.SubmitAsync(new { text = "Exports rose to 40 tonnes in May, up from 25 tonnes in April.", title = "Still here" });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

/// <summary>One embedded-default app shared by a test class.</summary>
public sealed class EmbeddedApp : IAsyncLifetime, IDisposable
{
    private readonly FactCheckApp app = new(connectionString: null);

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public void Dispose() => app.Dispose();
}
