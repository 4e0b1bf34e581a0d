using System.Net;
using System.Net.Http.Json;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;

namespace FactCheck.Web.Tests.Hosting;

/// <summary>What an operator and a newcomer see of the running app: health, API description, headers, the demo.</summary>
public sealed class HostingTests(TestPostgres postgres)
    : IClassFixture<TestPostgres>
{
    [Fact]
    public async Task EmbeddedDefault_ShowsSampleWithItsFlag_WhenStartedOnEmptyDataFolder()
    {
        await using var app = new FactCheckApp(connectionString: null, new Dictionary<string, string?> { ["FactCheck:Samples:Seed"] = "true" });
        var client = app.CreateClient();

        var submissions = await WaitForAsync(() => client.GetJsonAsync<List<SubmissionState>>("/api/submissions"), s => s.Count == 1 && s[0].Status == "done");
        var flags = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{submissions[0].Id}/flags");

        SampleFlags.AssertExpected(flags);
        var home = await client.GetStringAsync("/");
        Assert.Contains(Fixture.Headline.Replace("'", "&#x27;", StringComparison.Ordinal), home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_ReportsEachPart_WhenEverythingIsUp()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        var client = app.CreateClient();

        // The job server announces itself a moment after start; on a loaded machine the first request can beat it.
        var ready = await WaitForAsync(
            async () =>
            {
                using var response = await client.GetAsync("/readyz");
                return (await response.Content.ReadFromJsonAsync<Readiness>(Support.Api.Json))!;
            },
            r => r.Status == "ready");

        Assert.Equal("ready", ready.Status);
        Assert.Equal("ok", ready.Checks["database"]);
        Assert.StartsWith("ok", ready.Checks["index"], StringComparison.Ordinal);
        Assert.Equal("ok (1 servers)", ready.Checks["jobs"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Readyz_Returns503_WhenNoJobServerRunsAnywhere()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), new Dictionary<string, string?> { ["FactCheck:Jobs:Server"] = "false" });
        var client = app.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var ready = await response.Content.ReadFromJsonAsync<Readiness>(Support.Api.Json);
        Assert.Contains("factcheck worker", ready!.Checks["jobs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheSubmissionFlagAndSearchEndpoints_WhenRequested()
    {
        await using var app = new FactCheckApp(connectionString: null);
        var client = app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/submissions\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/flags/{id}/review\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/claims/search\"", document, StringComparison.Ordinal);
        Assert.Contains("\"X-Api-Key\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ForbidInlineScriptAndFraming_WhenServed()
    {
        await using var app = new FactCheckApp(connectionString: null);
        var client = app.CreateClient();

        using var response = await client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Review_RejectsUnknownDecisionAndFlag_WhenRequestIsWrong()
    {
        await using var app = new FactCheckApp(connectionString: null);
        var client = app.CreateClient();

        using var unknownFlag = await client.PostAsJsonAsync("/api/flags/999/review", new { decision = "dismiss" });
        using var badDecision = await client.PostAsJsonAsync("/api/flags/999/review", new { decision = "maybe" });

        Assert.Equal(HttpStatusCode.NotFound, unknownFlag.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDecision.StatusCode);
        Assert.Contains("confirm", await badDecision.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            value = await read();
        }

        Assert.True(done(value), $"condition not met in time; last value: {System.Text.Json.JsonSerializer.Serialize(value)}");
        return value;
    }
}
