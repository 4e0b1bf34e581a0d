using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.Core.Indexing;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// The claim index for a process that searches: the index itself (opened on first use) and, unless
    /// FactCheck:Indexing:Sync is false, the service that keeps it in step with the database.
    /// </summary>
    public static IServiceCollection AddIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexingOptions>().BindConfiguration(IndexingOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ClaimIndex>();
        services.AddSingleton<IndexSync>();
        var options = configuration.GetSection(IndexingOptions.Section).Get<IndexingOptions>() ?? new IndexingOptions();
        if (options.Sync)
        {
            services.AddHostedService(sp => sp.GetRequiredService<IndexSync>());
        }

        return services;
    }
}
