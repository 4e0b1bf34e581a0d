using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.Core.Datasets;

public static class DatasetsServiceCollectionExtensions
{
    /// <summary>Dataset import. Call after AddStorage.</summary>
    public static IServiceCollection AddDatasets(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DatasetImporter>();
        return services;
    }
}
