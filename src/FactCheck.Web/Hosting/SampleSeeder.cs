using FactCheck.Core.Accounts;
using FactCheck.Core.Datasets;
using FactCheck.Core.Jobs;
using FactCheck.Core.Samples;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Hosting;

/// <summary>
/// On an empty embedded database, imports the sample datasets and submits the sample article so a
/// newcomer's first page already shows claims, a flag and source data. Off by default on PostgreSQL (FactCheck:Samples:Seed).
/// </summary>
public sealed class SampleSeeder(IServiceScopeFactory scopes, DatabaseSettings database, IConfiguration configuration, ILogger<SampleSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("FactCheck:Samples:Seed", database.IsEmbedded))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            if (await db.Submissions.AnyAsync(stoppingToken))
            {
                return;
            }

            var importer = scope.ServiceProvider.GetRequiredService<DatasetImporter>();
            foreach (var name in SampleDatasets.Names)
            {
                await using var table = SampleDatasets.Open(name);
                var imported = await importer.ImportAsync(table, $"{name}.csv", SampleDatasets.Mapping(name), Audit.System, stoppingToken);
                logger.LogInformation("Imported sample dataset {Name}: {Records} records", imported.Dataset, imported.Records);
            }

            var html = SampleArticles.Read(SampleArticles.DroneCableHtml);
            var submission = await scope.ServiceProvider.GetRequiredService<SubmissionService>()
                .SubmitAsync(new SubmissionRequest(Url: SampleArticles.DroneCableUrl, Html: html), stoppingToken);
            logger.LogInformation("Submitted the sample article as submission {Id}", submission.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A demo nicety must never take the service down.
            logger.LogWarning(e, "Could not submit the sample article");
        }
    }
}

public static class SampleSeederExtensions
{
    public static IServiceCollection AddSamples(this IServiceCollection services) =>
        services.AddHostedService<SampleSeeder>();
}
