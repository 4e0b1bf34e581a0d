using System.Net;
using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>Forged posts, cookie-only API writes, revoked keys, response headers and rate limits.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task PagePost_Returns400_WhenTheAntiforgeryTokenIsMissing()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var forged = await editor.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://news.example/a" }));
        using var signOut = await editor.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Submissions.Count()));
    }

    [Fact]
    public async Task ApiPost_Returns401_WhenOnlyTheSignInCookieIsSent()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        using var read = await editor.GetAsync("/api/submissions");
        using var write = await editor.PostAsJsonAsync("/api/submissions", new { text = "Exports rose to 300 km in May." });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Submissions.Count()));
    }

    [Fact]
    public async Task ApiKey_StopsWorking_WhenRevoked()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var client = app.CreateClient(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/flags")).StatusCode);
        var key = app.WithDb(db => db.ApiKeys.Single(k => k.Hash == ApiKeys.Hash(app.Account(Roles.Editor).Key)));
        Assert.DoesNotContain(app.Account(Roles.Editor).Key, app.WithDb(db => db.ApiKeys.Select(k => k.Hash + k.Prefix).ToList()));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeys>().RevokeAsync(key.Id, "test", CancellationToken.None));
        }

        using var after = await client.GetAsync("/api/flags");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders_WhenServed()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/account/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var cookie = string.Join(";", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SettingsPage_ChangesTheLimitInForceAndRecordsIt_WhenAnAdminSaves()
    {
        await using var app = new FactCheckApp(connectionString: null, new Dictionary<string, string?> { ["FactCheck:Jobs:Server"] = "false" });
        using var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        using var editor = app.CreateClient(Roles.Editor);

        var form = await admin.GetStringAsync("/admin/settings");
        using var saved = await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submissions"] = "1",
            ["searches"] = "100000",
            ["__RequestVerificationToken"] = FactCheckApp.AntiforgeryToken(form),
        }));
        using var first = await editor.PostAsJsonAsync("/api/submissions", new { text = "Exports rose to 300 km in May." });
        using var second = await editor.PostAsJsonAsync("/api/submissions", new { text = "Exports rose to 400 km in May." });

        Assert.Contains("id=\"saved\"", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests), (first.StatusCode, second.StatusCode));
        var change = app.WithDb(db => db.AuditEntries.Single(a => a.Action == AuditActions.SettingChange));
        Assert.Equal((FactCheckApp.AdminEmail, "setting RateLimits:Submissions", (string?)null, "{\"value\":\"1\"}"), (change.Actor, change.Subject, change.Before, change.After));
    }

    [Fact]
    public async Task SubmissionsAndSearches_Return429WithRetryAfter_WhenAUserExceedsTheLimit()
    {
        await using var app = new FactCheckApp(connectionString: null, new Dictionary<string, string?>
        {
            ["FactCheck:RateLimits:Submissions"] = "2",
            ["FactCheck:RateLimits:Searches"] = "3",
            ["FactCheck:Jobs:Server"] = "false",
        });
        using var editor = app.CreateClient(Roles.Editor);
        using var admin = app.CreateClient(Roles.Admin);

        var submits = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var r = await editor.PostAsJsonAsync("/api/submissions", new { text = $"Exports rose to {300 + i} km in May." });
            submits.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
            }
        }

        var searches = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await editor.GetAsync("/api/claims/search?q=exports");
            searches.Add(r.StatusCode);
        }

        using var otherUser = await admin.PostAsJsonAsync("/api/submissions", new { text = "Exports rose to 500 km in May." });
        using var adminCookie = await app.CreateSignedInClientAsync(Roles.Admin);
        var pageSearches = new List<HttpStatusCode>();
        foreach (var path in new[] { "/search", "/datasets", "/search?q=a", "/datasets?q=b", "/search?q=c", "/datasets?q=d" })
        {
            using var r = await adminCookie.GetAsync(path);
            pageSearches.Add(r.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], submits);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], searches);
        Assert.Equal(HttpStatusCode.Accepted, otherUser.StatusCode);
        // The pages' forms are free; their searches count with the admin's own three.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], pageSearches);
    }
}
