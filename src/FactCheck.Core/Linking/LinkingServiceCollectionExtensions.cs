using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Linking;

public static class LinkingServiceCollectionExtensions
{
    /// <summary>
    /// Claim → record linking for a process that runs jobs: its own record index (opened on first use),
    /// kept on the latest dataset versions by <see cref="RecordIndexSync"/>.
    /// </summary>
    public static IServiceCollection AddLinking(this IServiceCollection services)
    {
        services.AddSingleton<RecordIndex>();
        services.AddSingleton<RecordIndexSync>();
        services.AddHostedService(sp => sp.GetRequiredService<RecordIndexSync>());
        services.AddSingleton<ClaimLinker>();
        services.AddScoped<LinkReviews>();
        return services;
    }
}
