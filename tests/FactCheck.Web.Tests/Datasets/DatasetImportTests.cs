using System.Text;
using FactCheck.Core.Datasets;
using FactCheck.Core.Storage;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Datasets;

/// <summary>Imports are versions, all or nothing, on PostgreSQL and through the command line on the embedded default.</summary>
public sealed class DatasetImportTests(TestPostgres postgres) : IClassFixture<TestPostgres>
{
    private const string Good = "exporter,partner,commodity,month,value,unit\n"
        + "China,Russia,fiber-optic cable,2025-05,\"119,000\",miles\n"
        + "China,Russia,fiber-optic cable,2025-06,\"209,215\",km\n"
        + "China,Russia,lithium-ion batteries,2025-06,54,million USD\n";

    private const string Broken = "exporter,partner,commodity,month,value,unit\n"
        + "China,Russia,fiber-optic cable,2025-05,\"119,000\",miles\n"
        + "China,Russia,fiber-optic cable,2025-06\n"
        + "China,Russia,fiber-optic cable,2025-05,5,km\n";

    private static readonly DatasetMapping Mapping = new()
    {
        Dataset = "China exports to Russia (as reported)",
        Publisher = "FactCheck sample",
        AsReported = true,
        Dimensions = ["exporter", "partner", "commodity"],
        Period = "month",
        Value = "value",
        UnitColumn = "unit",
    };

    [Fact]
    public async Task Import_AddsANewVersion_WhenTheSameDatasetIsImportedAgain()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());

        var first = await ImportAsync(app, Good);
        var second = await ImportAsync(app, Good + "China,Russia,lithium-ion batteries,2025-08,47,million USD\n");

        Assert.True(first.Imported);
        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(4, second.Records);
        Assert.Equal(7, app.WithDb(db => db.Records.Count()));
        var batteries = app.WithDb(db => db.Records.Single(r => r.VersionId == second.VersionId && r.PeriodText == "2025-08"));
        Assert.Equal(47_000_000, batteries.Normalized);
        Assert.Equal("USD", batteries.CanonicalUnit);
        Assert.Equal(64, app.WithDb(db => db.DatasetVersions.Single(v => v.Id == first.VersionId).FileHash.Length));
    }

    [Fact]
    public async Task Import_StoresNothingAndNamesEachBrokenLine_WhenAnyRowIsBroken()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());

        var result = await ImportAsync(app, Broken);

        Assert.False(result.Imported);
        Assert.Equal([3, 4], result.Errors.Select(e => e.Line));
        Assert.Equal(0, app.WithDb(db => db.Datasets.Count()));
        Assert.Equal(0, app.WithDb(db => db.DatasetVersions.Count()));
        Assert.Equal(0, app.WithDb(db => db.Records.Count()));
    }

    [Fact]
    public async Task DatasetsImportAndCheck_UseTheDataFolder_WhenRunFromTheCommandLine()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "good.csv"), Good);
        await File.WriteAllTextAsync(Path.Combine(dir, "broken.csv"), Broken);
        await File.WriteAllTextAsync(Path.Combine(dir, "mapping.json"), System.Text.Json.JsonSerializer.Serialize(Mapping, DatasetMapping.Json));
        var environment = new Dictionary<string, string> { ["FactCheck__DataDir"] = Path.Combine(dir, "data") };
        try
        {
            await using (var migrate = AppProcess.StartCli(["db", "migrate"], environment))
            {
                Assert.True(await migrate.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            }

            await using var good = AppProcess.StartCli(["datasets", "import", Path.Combine(dir, "good.csv"), "--mapping", Path.Combine(dir, "mapping.json")], environment);
            Assert.True(await good.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.True(good.ExitCode == 0, good.Output);
            Assert.Contains("version 1: 3 records from 3 rows", good.StandardOutput, StringComparison.Ordinal);

            // `factcheck check` links to the datasets of the same data folder and checks against them.
            await File.WriteAllTextAsync(Path.Combine(dir, "story.txt"), "Cable exports\n\nChina shipped 250,000 km of fiber-optic cable to Russia in June 2025, customs data show.\n");
            await using (var check = AppProcess.StartCli(["check", Path.Combine(dir, "story.txt"), "--json"], environment))
            {
                Assert.True(await check.WaitForExitAsync(TimeSpan.FromSeconds(60)));
                Assert.True(check.ExitCode == 0, check.Output);
                using var report = System.Text.Json.JsonDocument.Parse(check.StandardOutput);
                var flag = Assert.Single(report.RootElement.GetProperty("flags").EnumerateArray());
                Assert.Equal("dataset-mismatch", flag.GetProperty("type").GetString());
                Assert.Contains("209,215 km", flag.GetProperty("computation").GetString(), StringComparison.Ordinal);
            }

            await using var broken = AppProcess.StartCli(["datasets", "import", Path.Combine(dir, "broken.csv"), "--mapping", Path.Combine(dir, "mapping.json")], environment);
            Assert.True(await broken.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains("line 3: has 4 fields, the header has 6", broken.Output, StringComparison.Ordinal);
            Assert.Contains("line 4: repeats line 2", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            FactCheckApp.TryDelete(dir);
        }
    }

    [Fact]
    public async Task PostDatasets_Returns201OrLineErrors_WhenScriptUploadsATable()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        var client = app.CreateClient(Core.Accounts.Roles.Admin);
        var mapping = System.Text.Json.JsonSerializer.Serialize(Mapping, DatasetMapping.Json);

        using var good = await client.PostAsync("/api/datasets", Form(Good, mapping));
        using var broken = await client.PostAsync("/api/datasets", Form(Broken, mapping));

        Assert.Equal(System.Net.HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, broken.StatusCode);
        var problem = await broken.Content.ReadAsStringAsync();
        Assert.Contains("\"line\":3", problem, StringComparison.Ordinal);
        var datasets = await client.GetJsonAsync<List<FactCheck.Web.Api.DatasetState>>("/api/datasets");
        var dataset = Assert.Single(datasets);
        Assert.Equal(1, Assert.Single(dataset.Versions).Version);
        var records = await client.GetJsonAsync<List<FactCheck.Web.Api.RecordState>>($"/api/datasets/{dataset.Id}/records?q=batteries");
        Assert.Equal(54_000_000, Assert.Single(records).Normalized);
    }

    [Fact]
    public async Task SearchRecords_FindsTheLatestRecords_WhenQueriedWithTextUnitAndPeriod()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        var client = app.CreateClient();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var table = FactCheck.Core.Samples.SampleDatasets.Open("owid-primary-energy");
            var imported = await scope.ServiceProvider.GetRequiredService<DatasetImporter>()
                .ImportAsync(table, "owid-primary-energy.csv", FactCheck.Core.Samples.SampleDatasets.Mapping("owid-primary-energy"), "test", CancellationToken.None);
            Assert.True(imported.Imported);
        }

        FactCheck.Web.Api.RecordSearchResult? found = null;
        for (var i = 0; i < 100 && found is not { Total: > 0 }; i++)
        {
            await Task.Delay(100);
            found = await client.GetJsonAsync<FactCheck.Web.Api.RecordSearchResult>("/api/records/search?q=norway&unit=energy&from=2019-01-01&to=2019-12-31");
        }

        var record = Assert.Single(found!.Records);
        Assert.Equal("country: Norway", record.Description);
        Assert.Equal("2019", record.Period);
        Assert.Equal("kWh", record.CanonicalUnit);
        var page = await client.GetStringAsync("/datasets?q=norway&period=2019");
        Assert.Contains("country: Norway", page, StringComparison.Ordinal);
        using var bad = await client.GetAsync("/api/records/search?q=norway%20AND%20(");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static MultipartFormDataContent Form(string csv, string mapping) => new()
    {
        { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "exports.csv" },
        { new StringContent(mapping), "mapping" },
    };

    private static async Task<ImportResult> ImportAsync(FactCheckApp app, string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DatasetImporter>();
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "exports.csv", Mapping, "test", CancellationToken.None);
    }
}
