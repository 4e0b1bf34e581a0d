using System.Net.Http.Json;
using FactCheck.Core.Datasets;
using FactCheck.Core.Samples;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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
        const string revised = "exporter,partner,commodity,month,value,unit\nChina,Russia,fiber-optic cable,2025-06,\"230,400\",km\n";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(
                new MemoryStream(System.Text.Encoding.UTF8.GetBytes(revised)), "revised.csv", SampleDatasets.Mapping("china-exports-as-reported"), "test", CancellationToken.None);
            Assert.Equal(2, result.Version);
        }

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
        var id = await client.SubmitAsync(new { title = "Cable", text = "China shipped 209,215 km of fiber-optic cable to Russia in June 2025." });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var link = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);

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
        var id = await client.SubmitAsync(new { title = "Cable", text = "China shipped 250,000 km of fiber-optic cable to Russia in June 2025." });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var link = Assert.Single(await client.GetJsonAsync<List<LinkState>>($"/api/submissions/{id}/links"), l => l.Linked);

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

    private static async Task ImportRevisionAsync(FactCheckApp app, string june)
    {
        var revised = $"exporter,partner,commodity,month,value,unit\nChina,Russia,fiber-optic cable,2025-06,\"{june}\",km\n";
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(revised)), "revised.csv", SampleDatasets.Mapping("china-exports-as-reported"), "test", CancellationToken.None);
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

    private async Task<FactCheckApp> StartWithSampleTableAsync()
    {
        var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), new Dictionary<string, string?> { ["FactCheck:Jobs:SweepInterval"] = "00:00:01" });
        await using var scope = app.Services.CreateAsyncScope();
        await using var table = SampleDatasets.Open("china-exports-as-reported");
        var result = await scope.ServiceProvider.GetRequiredService<DatasetImporter>()
            .ImportAsync(table, "china-exports-as-reported.csv", SampleDatasets.Mapping("china-exports-as-reported"), "test", CancellationToken.None);
        Assert.True(result.Imported);
        return app;
    }
}
