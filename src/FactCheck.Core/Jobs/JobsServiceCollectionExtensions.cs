using FactCheck.Core.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.Core.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on PostgreSQL when the database is PostgreSQL (so any number of processes share the queues),
    /// in memory for the embedded default; plus a job server and the recovery sweep when FactCheck:Jobs:Server is true.
    /// Call after AddStorage.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration, bool? server = null)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = (DatabaseSettings?)services.LastOrDefault(d => d.ServiceType == typeof(DatabaseSettings))?.ImplementationInstance
            ?? throw new InvalidOperationException("Call AddStorage before AddJobs.");

        services.TryAddSingleton(TimeProvider.System);
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.IsEmbedded)
            {
                c.UseInMemoryStorage();
            }
            else
            {
                c.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        // The default 15 s poll would leave a fresh submission waiting; 1 s costs one cheap query.
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                        PrepareSchemaIfNecessary = true,
                    });
            }
        });

        if (server ?? options.Server)
        {
            services.AddHangfireServer(o =>
            {
                o.Queues = [JobsOptions.Queue, "default"];
                o.WorkerCount = options.Workers;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHostedService<SubmissionRecovery>();
            services.AddHostedService<DatasetRelinker>();
        }

        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionJob>();
        services.AddScoped<SubmissionChecks>();
        return services;
    }
}
