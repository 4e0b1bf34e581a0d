using System.Net.Http.Json;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;

namespace FactCheck.Web.Tests.Datasets;

/// <summary>Claims are linked to imported records in the pipeline, and a figure the record contradicts is flagged.</summary>
public sealed class LinkingFlowTests(TestPostgres postgres) : IClassFixture<TestPostgres>
{
    [Fact]
    public async Task Submit_FlagsDatasetMismatch_WhenArticleContradictsTheImportedRecord()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();

        var id = await client.SubmitAsync(new
        {
            title = "Cable exports",
            text = "Customs figures show China shipped 250,000 km of fiber-optic cable to Russia in June 2025, a record month.",
        });

        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var flag = Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        Assert.Equal("dataset-mismatch", flag.Type);
        Assert.Equal("error", flag.Severity);
        Assert.Contains("209,215 km", flag.Computation, StringComparison.Ordinal);
        Assert.Contains("figures as reported", flag.Message, StringComparison.Ordinal);
        var link = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);
        Assert.False(link.Consistent);
    }

    [Fact]
    public async Task Submit_LinksWithoutFlag_WhenArticleAgreesWithTheImportedRecord()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();

        var id = await client.SubmitAsync(new
        {
            title = "Battery exports",
            text = "China sold $54 million of lithium-ion batteries to Russia in June 2025, customs data show.",
        });

        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        Assert.Empty(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        var link = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);
        Assert.True(link.Consistent);
        Assert.Equal(1, link.Version);
        Assert.Contains("54 million USD", link.RecordSays, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/submissions/{id}");
        Assert.Contains("consistent with", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RechecksLinkedArticles_WhenANewVersionChangesTheRecord()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        var id = await client.SubmitAsync(new
        {
            title = "Cable exports",
            text = "Customs figures show China shipped 209,215 km of fiber-optic cable to Russia in June 2025.",
        });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        Assert.Empty(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));

        // The publisher revises June: the article's figure no longer matches the source.
        await ImportRevisionAsync(app, "230,400");

        var summary = await WaitForSummaryAsync(app, version: 2);
        Assert.Equal("1 article re-checked: 1 claim now linked to version 2, 1 new flag, 0 flags no longer raised.", summary);
        var flag = Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        Assert.Equal("dataset-mismatch", flag.Type);
        Assert.Contains("version 2", flag.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked).Version);
    }

    [Fact]
    public async Task ReviewLink_KeepsConfirmedLinkThroughANewVersion_WhenEditorConfirmedIt()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        var (id, link) = await SubmitLinkedAsync(client, "China shipped 209,215 km of fiber-optic cable to Russia in June 2025.");

        using var review = await client.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "confirm", note = "matches the customs table" });
        review.EnsureSuccessStatusCode();
        await ImportRevisionAsync(app, "230,400");
        await WaitForSummaryAsync(app, version: 2);

        var after = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);
        Assert.Equal("confirmed", after.Status);
        Assert.Equal(FactCheckApp.EditorEmail, after.ReviewedBy);
        Assert.Equal(2, after.Version);
        Assert.False(after.Consistent);
        Assert.Equal("dataset-mismatch", Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags")).Type);
    }

    [Fact]
    public async Task ReviewLink_LeavesClaimUnlinkedAndDropsItsFlag_WhenEditorRemovesIt()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        var (id, link) = await SubmitLinkedAsync(client, "China shipped 250,000 km of fiber-optic cable to Russia in June 2025.");

        using var review = await client.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "remove", note = "the article means a different cable type" });
        review.EnsureSuccessStatusCode();
        await ImportRevisionAsync(app, "209,215");
        await WaitForSummaryAsync(app, version: 2);

        var links = await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links");
        Assert.DoesNotContain(links, l => l.Linked);
        Assert.Equal("removed", Assert.Single(links, l => l.Id == link.Id).Status);
        Assert.Empty(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
    }

    [Fact]
    public async Task ReviewLink_ChecksAgainstChosenRecordAndKeepsItThroughANewVersion_WhenEditorReplacesIt()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        // The linker takes Russia's August cable; the editor knows the article's 116 km went to Ukraine.
        var (id, link) = await SubmitLinkedAsync(client, "China shipped 116 km of fiber-optic cable to Russia in August 2025.");
        Assert.Contains("Russia", link.RecordSays, StringComparison.Ordinal);
        Assert.Equal("dataset-mismatch", Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags")).Type);

        var candidates = await client.GetJsonAsync<List<LinkCandidate>>($"/api/links/{link.Id}/candidates");
        Assert.True(Assert.Single(candidates, c => c.Current).RecordId == link.RecordId);
        var ukraine = Assert.Single(candidates, c => c.Says.Contains("Ukraine", StringComparison.Ordinal));
        using var review = await client.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "replace", recordId = ukraine.RecordId, note = "the 116 km went to Ukraine" });
        review.EnsureSuccessStatusCode();

        var replaced = (await review.Content.ReadFromJsonAsync<LinkState>())!;
        Assert.Equal(("replaced", ukraine.RecordId, true), (replaced.Status, replaced.RecordId, replaced.Consistent));
        Assert.Empty(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));

        // A new version moves the chosen row to 120 km; the choice follows it there, and the check uses it.
        Assert.Equal(2, (await SampleTable.ImportRowsAsync(app, "China,Russia,fiber-optic cable,2025-08,\"527,865\",km", "China,Ukraine,fiber-optic cable,2025-08,120,km")).Version);
        await WaitForSummaryAsync(app, version: 2);
        var after = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);
        Assert.Equal(("replaced", 2, false, FactCheckApp.EditorEmail), (after.Status, after.Version, after.Consistent, after.ReviewedBy));
        Assert.Contains("Ukraine", after.RecordSays, StringComparison.Ordinal);
        var flag = Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        Assert.Contains("120 km", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkEvaluation_CountsDecisionsAndTodaysDisagreements_WhenEditorsConfirmAndReplace()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        var (_, right) = await SubmitLinkedAsync(client, "China shipped 209,215 km of fiber-optic cable to Russia in June 2025.");
        var (_, wrong) = await SubmitLinkedAsync(client, "China shipped 116 km of fiber-optic cable to Russia in August 2025.");
        var ukraine = Assert.Single(await client.GetJsonAsync<List<LinkCandidate>>($"/api/links/{wrong.Id}/candidates"), c => c.Says.Contains("Ukraine", StringComparison.Ordinal));
        (await client.PostAsJsonAsync($"/api/links/{right.Id}/review", new { decision = "confirm" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/links/{wrong.Id}/review", new { decision = "replace", recordId = ukraine.RecordId })).EnsureSuccessStatusCode();

        using var admin = app.CreateClient(Core.Accounts.Roles.Admin);
        var evaluation = await admin.GetJsonAsync<Core.Linking.LinkEvaluation>("/api/links/evaluation");

        Assert.Equal((2, 1, 1, 1), (evaluation.Reviewed, evaluation.Confirmed, evaluation.Replaced, evaluation.AgreesNow));
        Assert.Equal(0.5, evaluation.PrecisionWhenReviewed);
        var disagreement = Assert.Single(evaluation.Disagreements);
        Assert.Equal(wrong.Id, disagreement.LinkId);
        Assert.Contains("Ukraine", disagreement.Decided, StringComparison.Ordinal);
        Assert.Contains("Russia", disagreement.LinkerNow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewLink_Returns400_WhenReplacementRecordDoesNotExist()
    {
        await using var app = await StartWithSampleTableAsync();
        var client = app.CreateClient();
        var (id, link) = await SubmitLinkedAsync(client, "China shipped 209,215 km of fiber-optic cable to Russia in June 2025.");

        using var missing = await client.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "replace", recordId = 987654321 });
        using var noRecord = await client.PostAsJsonAsync($"/api/links/{link.Id}/review", new { decision = "replace" });

        Assert.Equal((System.Net.HttpStatusCode.BadRequest, System.Net.HttpStatusCode.BadRequest), (missing.StatusCode, noRecord.StatusCode));
        Assert.Equal("auto", Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Id == link.Id).Status);
    }

    [Fact]
    public async Task Submit_FlagsCrossArticleConflict_WhenAnotherArticleGaveADifferentFigure()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        var client = app.CreateClient();
        var first = await client.SubmitAsync(new { title = "Record cable month", text = "China shipped 209,215 km of fiber-optic cable to Russia in June 2025." });
        Assert.Equal("done", (await client.WaitAsync(first)).Status);

        var second = await client.SubmitAsync(new { title = "Cable flows", text = "China shipped 300,000 km of fiber-optic cable to Russia in June 2025." });
        Assert.Equal("done", (await client.WaitAsync(second)).Status);

        var flag = Assert.Single(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{second}/flags"));
        Assert.Equal("cross-article-conflict", flag.Type);
        Assert.Contains("\"Record cable month\"", flag.Message, StringComparison.Ordinal);
        Assert.Empty(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{first}/flags"));
    }

    /// <summary>Submits a one-sentence article and returns it with the link of its one linked claim.</summary>
    private static async Task<(long Id, LinkState Link)> SubmitLinkedAsync(HttpClient client, string text)
    {
        var id = await client.SubmitAsync(new { title = "Cable", text });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        return (id, Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked));
    }

    private static async Task ImportRevisionAsync(FactCheckApp app, string june)
    {
        var result = await SampleTable.ImportRowsAsync(app, $"China,Russia,fiber-optic cable,2025-06,\"{june}\",km");
        Assert.Equal(2, result.Version);
    }

    private static async Task<string> WaitForSummaryAsync(FactCheckApp app, int version)
    {
        for (var i = 0; i < 300; i++)
        {
            if (app.WithDb(db => db.DatasetVersions.Where(v => v.Version == version).Select(v => v.RelinkSummary).SingleOrDefault()) is { } summary)
            {
                return summary;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"version {version} was never re-checked");
        return "";
    }

    private Task<FactCheckApp> StartWithSampleTableAsync() => SampleTable.StartAsync(postgres);
}
