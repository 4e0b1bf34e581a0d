using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Links claims to the datasets imported into the same data folder or database, for `factcheck check`. Uses a
/// throwaway record index so it never contends with a running web app or worker for theirs.
/// </summary>
public static class DatasetLinks
{
    /// <returns>The links, or null when there is no database or no dataset in it.</returns>
    public static Task<IReadOnlyList<ClaimLink>?> LinkAsync(IConfiguration configuration, IReadOnlyList<Claim> claims, CancellationToken ct) =>
        WithLinkerAsync<IReadOnlyList<ClaimLink>>(configuration, (linker, _) => Task.FromResult(linker.Link(claims)), ct);

    /// <summary>Editors' link decisions against the linker as it is now, for `factcheck links evaluate`.</summary>
    /// <returns>The evaluation, or null when there is no database or no dataset in it.</returns>
    public static Task<LinkEvaluation?> EvaluateAsync(IConfiguration configuration, CancellationToken ct) =>
        WithLinkerAsync(configuration, async (linker, services) =>
        {
            await using var scope = services.CreateAsyncScope();
            return await LinkEvaluator.EvaluateAsync(scope.ServiceProvider.GetRequiredService<FactCheckDb>(), linker, ct);
        }, ct);

    private static async Task<T?> WithLinkerAsync<T>(IConfiguration configuration, Func<ClaimLinker, IServiceProvider, Task<T>> use, CancellationToken ct)
        where T : class
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<DatabaseSettings>();
        if (settings.IsEmbedded && !File.Exists(Path.Combine(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FactCheckOptions>>().Value.DataPath, "factcheck.db")))
        {
            return null;
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any() || !await db.Datasets.AnyAsync(ct))
            {
                return null;
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"factcheck-records-{Guid.NewGuid():N}");
        try
        {
            using var index = new RecordIndex(path);
            using var sync = new RecordIndexSync(index, provider.GetRequiredService<IServiceScopeFactory>(), NullLogger<RecordIndexSync>.Instance);
            await sync.CatchUpAsync(ct);
            return await use(new ClaimLinker(index), provider);
        }
        finally
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
