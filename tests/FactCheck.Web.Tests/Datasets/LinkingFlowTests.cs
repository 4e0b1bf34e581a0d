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

    private async Task<FactCheckApp> StartWithSampleTableAsync()
    {
        var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        await using var scope = app.Services.CreateAsyncScope();
        await using var table = SampleDatasets.Open("china-exports-as-reported");
        var result = await scope.ServiceProvider.GetRequiredService<DatasetImporter>()
            .ImportAsync(table, "china-exports-as-reported.csv", SampleDatasets.Mapping("china-exports-as-reported"), CancellationToken.None);
        Assert.True(result.Imported);
        return app;
    }
}
