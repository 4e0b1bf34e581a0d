using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The pure stages: article extraction, claim extraction and the checks. All stateless singletons.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<QuantityExtractor>();
        services.AddSingleton<ClaimExtractor>();
        services.AddSingleton(_ => Checker.Default());
        services.AddSingleton<ArticlePipeline>();
        return services;
    }
}
