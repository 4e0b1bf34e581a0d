using FactCheck.Core.Datasets;
using FactCheck.Core.Samples;
using FactCheck.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Support;

/// <summary>The app with the sample customs table ("as reported") imported as version 1, and later versions of it.</summary>
public static class SampleTable
{
    public const string Name = "china-exports-as-reported";

    public static async Task<FactCheckApp> StartAsync(TestPostgres postgres, bool kestrel = false)
    {
        var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), new Dictionary<string, string?> { ["FactCheck:Jobs:SweepInterval"] = "00:00:01" }, kestrel);
        await using var table = SampleDatasets.Open(Name);
        var result = await ImportAsync(app, table);
        Assert.True(result.Imported);
        return app;
    }

    /// <summary>Imports rows (exporter,partner,commodity,month,value,unit) as the table's next version.</summary>
    public static async Task<ImportResult> ImportRowsAsync(FactCheckApp app, params string[] rows)
    {
        var csv = "exporter,partner,commodity,month,value,unit\n" + string.Join('\n', rows) + "\n";
        return await ImportAsync(app, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));
    }

    private static async Task<ImportResult> ImportAsync(FactCheckApp app, Stream table)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(table, Name + ".csv", SampleDatasets.Mapping(Name), "test", CancellationToken.None);
    }
}
