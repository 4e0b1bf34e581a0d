using System.Net;
using FactCheck.Core.Accounts;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>The first admin: printed once by the embedded default, or made with `factcheck users add`; keys from `factcheck apikeys`.</summary>
public sealed class AccountCommandTests
{
    [Fact]
    public async Task EmbeddedDefault_PrintsARandomAdminPasswordOnce_WhenStartedOnAnEmptyDataFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["FactCheck__DataDir"] = dir, ["FactCheck__Samples__Seed"] = "false" };
        try
        {
            string first;
            var port = FreePort.Next();
            await using (var web = AppProcess.StartWeb(port, environment))
            {
                await web.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
                first = web.StandardOutput;
            }

            var password = System.Text.RegularExpressions.Regex.Match(first, @"password: (\S+)").Groups[1].Value;
            Assert.Contains($"email:    {FirstAdminEmail}", first, StringComparison.Ordinal);
            Assert.True(password.Length >= 20, first);

            await using (var again = AppProcess.StartWeb(port, environment))
            {
                await again.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
                Assert.DoesNotContain("password:", again.StandardOutput, StringComparison.Ordinal);
            }

            // Another data folder, another password: nothing is fixed.
            var otherDir = dir + "-other";
            await using (var other = AppProcess.StartWeb(port, new Dictionary<string, string>(environment) { ["FactCheck__DataDir"] = otherDir }))
            {
                await other.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
                Assert.DoesNotContain(password, other.StandardOutput, StringComparison.Ordinal);
                Assert.Contains("password:", other.StandardOutput, StringComparison.Ordinal);
            }

            FactCheckApp.TryDelete(otherDir);
        }
        finally
        {
            FactCheckApp.TryDelete(dir);
        }
    }

    [Fact]
    public async Task UsersAddAndApiKeysCreate_GiveAWorkingKey_WhenRunAgainstTheWebAppsDataFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["FactCheck__DataDir"] = dir, ["FactCheck__Samples__Seed"] = "false" };
        try
        {
            await using (var add = AppProcess.StartCli(["users", "add", "chief@news.example", "--role", "admin"], environment))
            {
                Assert.True(await add.WaitForExitAsync(TimeSpan.FromSeconds(60)));
                Assert.True(add.ExitCode == 0, add.Output);
                Assert.Matches(@"One-time password \(shown once\): \S{20}", add.StandardOutput);
            }

            await using (var duplicate = AppProcess.StartCli(["users", "add", "chief@news.example"], environment))
            {
                Assert.True(await duplicate.WaitForExitAsync(TimeSpan.FromSeconds(60)));
                Assert.Equal(1, duplicate.ExitCode);
            }

            string key;
            await using (var create = AppProcess.StartCli(["apikeys", "create", "chief@news.example", "--name", "cms"], environment))
            {
                Assert.True(await create.WaitForExitAsync(TimeSpan.FromSeconds(60)));
                Assert.True(create.ExitCode == 0, create.Output);
                key = create.StandardOutput.Trim();
                Assert.StartsWith(ApiKeys.KeyPrefix, key, StringComparison.Ordinal);
            }

            var port = FreePort.Next();
            await using var web = AppProcess.StartWeb(port, environment);
            await web.WaitHealthyAsync(port, TimeSpan.FromSeconds(60));
            // Users existed already: the embedded default makes no admin of its own.
            Assert.DoesNotContain("password:", web.StandardOutput, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var anonymous = await client.GetAsync("/api/datasets");
            client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
            using var withKey = await client.GetAsync("/api/datasets");
            using var dashboard = await client.GetAsync("/hangfire/");

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }
        finally
        {
            FactCheckApp.TryDelete(dir);
        }
    }

    private const string FirstAdminEmail = "admin@localhost";
}
