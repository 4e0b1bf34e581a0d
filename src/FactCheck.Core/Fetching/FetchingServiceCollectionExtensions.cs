using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Fetching;

/// <summary>Placeholder until the fetching work lands.</summary>
public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration) => services;
}
