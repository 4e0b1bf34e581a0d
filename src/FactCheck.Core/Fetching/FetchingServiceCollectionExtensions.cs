using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FactCheck.Core.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPageFetcher"/> with options from "FactCheck:Fetching".</summary>
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(FetchingOptions.SectionName);
        services.AddOptions<FetchingOptions>()
            .Bind(section)
            .PostConfigure(o =>
            {
                // The binder appends configured items to a collection's defaults ([80, 443, 8443]);
                // configured ports must replace them.
                var ports = section.GetSection(nameof(FetchingOptions.AllowedPorts));
                if (ports.GetChildren().Any())
                {
                    o.AllowedPorts = ports.Get<int[]>() ?? [];
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchingOptions>, FetchingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, SystemHostResolver>();

        services.AddHttpClient(HttpPageFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => HttpPageFetcher.CreateHandler(
                sp.GetRequiredService<IOptions<FetchingOptions>>().Value, sp.GetRequiredService<IHostResolver>()))
            .AddResilienceHandler("fetch", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<FetchingOptions>>().Value;
                if (o.MaxRetries == 0)
                {
                    return;
                }

                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxRetries,
                    Delay = o.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,

                    // A Retry-After of an hour would just run into the fetch timeout.
                    ShouldRetryAfterHeader = false,

                    // Our own refusals (SSRF guard, unreachable host) are final, not transient.
                    ShouldHandle = args => ValueTask.FromResult(
                        HttpPageFetcher.Find(args.Outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
            });

        services.TryAddSingleton<IPageFetcher, HttpPageFetcher>();
        return services;
    }

    private sealed class FetchingOptionsValidator : IValidateOptions<FetchingOptions>
    {
        public ValidateOptionsResult Validate(string? name, FetchingOptions options)
        {
            var errors = options.Validate().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
