using System.Net;
using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Datasets;
using FactCheck.Core.Samples;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>Who decided what: reviews, link decisions, imports and account changes land in the trail with before and after.</summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task Decisions_AreRecordedWithWhoAndBeforeAfter_WhenEditorsAndAdminsAct()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var editor = app.CreateClient(Roles.Editor);
        using var admin = app.CreateClient(Roles.Admin);
        const string name = "china-exports-as-reported";
        await using var table = SampleDatasets.Open(name);
        using var upload = new MultipartFormDataContent
        {
            { new StreamContent(table), "file", $"{name}.csv" },
            { new StringContent(System.Text.Json.JsonSerializer.Serialize(SampleDatasets.Mapping(name), DatasetMapping.Json)), "mapping" },
        };
        using (var imported = await admin.PostAsync("/api/datasets", upload))
        {
            Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        }

        var id = await editor.SubmitAsync(new { html = Fixture.Html, url = "https://news.example" + Fixture.ArticlePath });
        Assert.Equal("done", (await editor.WaitAsync(id)).Status);
        var flag = SampleFlags.AssertExpected(await editor.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        var link = (await editor.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links")).First(l => l.Linked);
        (await editor.PostAsJsonAsync($"/api/flags/{flag.Id}/review", new { decision = "dismiss", note = "quoted as the source gave it" })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "remove", note = "another cable type" })).EnsureSuccessStatusCode();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().ChangeRoleAsync(FactCheckApp.EditorEmail, Roles.Admin, FactCheckApp.AdminEmail, CancellationToken.None);
        }

        var trail = app.WithDb(db => db.AuditEntries.OrderBy(a => a.Id).ToList());
        var import = Assert.Single(trail, a => a.Action == AuditActions.DatasetImport);
        Assert.Equal(FactCheckApp.AdminEmail, import.Actor);
        Assert.Contains("\"version\":1", import.After, StringComparison.Ordinal);
        var review = Assert.Single(trail, a => a.Action == AuditActions.FlagReview);
        Assert.Equal((FactCheckApp.EditorEmail, id), (review.Actor, review.SubmissionId!.Value));
        Assert.Equal("{\"status\":\"open\"}", review.Before);
        Assert.Contains("\"status\":\"dismissed\"", review.After, StringComparison.Ordinal);
        Assert.Contains("quoted as the source gave it", review.After, StringComparison.Ordinal);
        var linkChange = Assert.Single(trail, a => a.Action == AuditActions.LinkReview);
        Assert.Contains("\"status\":\"auto\"", linkChange.Before, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"removed\"", linkChange.After, StringComparison.Ordinal);
        var role = Assert.Single(trail, a => a.Action == AuditActions.UserRole);
        Assert.Equal(("{\"role\":\"editor\"}", "{\"role\":\"admin\"}"), (role.Before, role.After));
        // The embedded default's first admin, then the two test users.
        Assert.Equal(["user admin@localhost", $"user {FactCheckApp.EditorEmail}", $"user {FactCheckApp.AdminEmail}"],
            trail.Where(a => a.Action == AuditActions.UserAdd).Select(a => a.Subject));
        // A dismissed flag is kept, with its review.
        Assert.Equal("dismissed", (await editor.GetJsonAsync<List<FlagState>>("/api/flags?status=all")).Single(f => f.Id == flag.Id).Status);
    }

    [Fact]
    public async Task ArticlePage_ShowsItsOwnHistoryToEditors_WhileTheWholeTrailIsForAdmins()
    {
        await using var app = new FactCheckApp(connectionString: null);
        using var key = app.CreateClient(Roles.Editor);
        var first = await key.SubmitAsync(new { html = Fixture.Html, url = "https://news.example/a" });
        var second = await key.SubmitAsync(new { html = Fixture.Html, url = "https://news.example/b" });
        Assert.Equal("done", (await key.WaitAsync(first)).Status);
        Assert.Equal("done", (await key.WaitAsync(second)).Status);
        var flag = SampleFlags.AssertExpected(await key.GetJsonAsync<List<FlagState>>($"/api/submissions/{first}/flags"));
        (await key.PostAsJsonAsync($"/api/flags/{flag.Id}/review", new { decision = "confirm", note = "asked the desk" })).EnsureSuccessStatusCode();
        using var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        using var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var firstPage = await editor.GetStringAsync($"/submissions/{first}");
        var secondPage = await editor.GetStringAsync($"/submissions/{second}");
        using var denied = await editor.GetAsync("/admin/audit");
        var trail = await admin.GetStringAsync("/admin/audit");

        Assert.Contains("data-action=\"flag.review\"", firstPage, StringComparison.Ordinal);
        Assert.Contains("asked the desk", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"flag.review\"", secondPage, StringComparison.Ordinal);
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("data-action=\"flag.review\"", trail, StringComparison.Ordinal);
        Assert.Contains("data-action=\"user.add\"", trail, StringComparison.Ordinal);
    }
}
