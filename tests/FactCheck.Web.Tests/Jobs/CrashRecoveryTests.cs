using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Npgsql;

namespace FactCheck.Web.Tests.Jobs;

/// <summary>A process killed in the middle of the pipeline loses nothing and duplicates nothing once restarted.</summary>
public sealed class CrashRecoveryTests(TestPostgres postgres, PageServer pages) : IClassFixture<TestPostgres>, IClassFixture<PageServer>
{
    [Theory]
    [InlineData("extracting")]
    [InlineData("checking")]
    public async Task Submission_CompletesOnceAfterRestart_WhenProcessIsKilledAfterStage(string stage)
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        var connectionString = await postgres.CreateDatabaseAsync();
        var port = FreePort.Next();
        var dataDir = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__FactCheck"] = connectionString,
            ["FactCheck__DataDir"] = dataDir,
            ["FactCheck__MigrateOnStart"] = "true",
            ["FactCheck__Fetching__AllowLoopback"] = "true",
            ["FactCheck__Jobs__StaleAfter"] = "00:00:03",
            ["FactCheck__Jobs__Heartbeat"] = "00:00:01",
            ["FactCheck__Jobs__SweepInterval"] = "00:00:01",
        };
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add(Core.Accounts.ApiKeys.Header, await AppProcess.CreateApiKeyAsync(environment));

        long id;
        await using (var doomed = AppProcess.StartWeb(port, new Dictionary<string, string>(environment) { ["FactCheck__Jobs__CrashAfterStage"] = stage }))
        {
            await doomed.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
            id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
            Assert.True(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process should have crashed on purpose");
        }

        var (status, claimsAtCrash) = await ReadAsync(connectionString, id);
        Assert.Equal("Running", status);
        Assert.True(claimsAtCrash > 0, "claims were committed before the crash");

        await using var restarted = AppProcess.StartWeb(port, environment);
        await restarted.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
        var state = await client.WaitAsync(id, TimeSpan.FromSeconds(90));

        Assert.True(state.Status == "done", $"ended {state.Status}: {state.Error}\n{restarted.Output}");
        var (_, claims) = await ReadAsync(connectionString, id);
        Assert.Equal(claimsAtCrash, claims);
        Assert.Equal(claims, await Sql.ScalarAsync(connectionString, $"SELECT count(DISTINCT \"Ordinal\") FROM claims WHERE \"SubmissionId\" = {id}"));
        var flags = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags");
        SampleFlags.AssertExpected(flags);
        Assert.Equal(flags.Count, await Sql.ScalarAsync(connectionString, $"SELECT count(*) FROM flags WHERE \"SubmissionId\" = {id}"));
        FactCheckApp.TryDelete(dataDir);
    }

    private static async Task<(string Status, long Claims)> ReadAsync(string connectionString, long id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT \"Status\", (SELECT count(*) FROM claims WHERE \"SubmissionId\" = {id}) FROM submissions WHERE \"Id\" = {id}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt64(1));
    }

}
