using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Submissions;
using FactCheck.Web.Tests.Support;
using Npgsql;

namespace FactCheck.Web.Tests.Jobs;

/// <summary>A web app without a job server and two `factcheck worker` processes share one PostgreSQL.</summary>
public sealed class ScaleOutTests(TestPostgres postgres, PageServer pages) : IClassFixture<TestPostgres>, IClassFixture<PageServer>
{
    [Fact]
    public async Task Submissions_AreProcessedByWorkersAndSearchableOnWeb_WhenWebRunsWithoutJobServer()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var root = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        var port = FreePort.Next();
        Dictionary<string, string> Settings(string node) => new()
        {
            ["ConnectionStrings__FactCheck"] = connectionString,
            ["FactCheck__DataDir"] = Path.Combine(root, node),
            ["FactCheck__Fetching__AllowLoopback"] = "true",
            ["FactCheck__Fetching__PerHostInterval"] = "00:00:00",
        };

        await using (var migrate = AppProcess.StartCli(["db", "migrate"], Settings("migrate")))
        {
            Assert.True(await migrate.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.True(migrate.ExitCode == 0, migrate.Output);
        }

        await using var web = AppProcess.StartWeb(port, new Dictionary<string, string>(Settings("web")) { ["FactCheck__Jobs__Server"] = "false" });
        await using var worker1 = AppProcess.StartCli(["worker"], Settings("worker1"));
        await using var worker2 = AppProcess.StartCli(["worker"], Settings("worker2"));
        await web.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add(Core.Accounts.ApiKeys.Header, await AppProcess.CreateApiKeyAsync(Settings("accounts")));

        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var path = $"/story-{i}";
            // Slow pages keep each job busy, so one worker's two threads cannot take all six.
            pages.MapDelayed(path, Fixture.Html, TimeSpan.FromSeconds(1.5));
            ids.Add(await client.SubmitAsync(new { url = pages.Url(path).AbsoluteUri }));
        }

        foreach (var id in ids)
        {
            var state = await client.WaitAsync(id, TimeSpan.FromSeconds(120));
            Assert.True(state.Status == "done", $"{id} ended {state.Status}: {state.Error}\n{worker1.Output}\n{worker2.Output}");
        }

        var ready = await client.GetJsonAsync<Readiness>("/readyz");
        Assert.Equal("ok (2 servers)", ready.Checks["jobs"]);
        Assert.Equal(2, await Sql.ScalarAsync(connectionString, "SELECT count(DISTINCT data->>'ServerId') FROM hangfire.state WHERE name = 'Processing'"));
        foreach (var id in ids)
        {
            var flags = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags");
            SampleFlags.AssertExpected(flags);
            var hits = await SubmissionPipelineTests.SearchUntilFoundAsync(client, $"/api/claims/search?q=fiber&article={id}");
            Assert.All(hits.Hits, h => Assert.Equal(id, h.SubmissionId));
        }

        Assert.Equal(0, await Sql.ScalarAsync(connectionString,
            "SELECT count(*) FROM (SELECT \"SubmissionId\", \"Ordinal\" FROM claims GROUP BY 1, 2 HAVING count(*) > 1) d"));
        FactCheckApp.TryDelete(root);
    }

}
