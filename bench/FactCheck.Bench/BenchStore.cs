using FactCheck.Core.Datasets;
using FactCheck.Core.Linking;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Bench;

/// <summary>
/// A throwaway store for a bench: an embedded SQLite file under <paramref name="root"/>, or PostgreSQL when
/// ConnectionStrings__FactCheck is set; migrated, with dataset import.
/// </summary>
public sealed class BenchStore(ServiceProvider services, string root) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public string Provider => services.GetRequiredService<DatabaseSettings>().Provider.ToString();

    public static async Task<BenchStore> CreateAsync(string root)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FactCheck:DataDir"] = Path.Combine(root, "data") })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddStorage(configuration).AddDatasets().BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FactCheckDb>().Database.MigrateAsync();
        }

        return new BenchStore(services, root);
    }

    public async Task<ImportResult> ImportAsync(Stream table, string fileName, DatasetMapping mapping)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(table, fileName, mapping, "bench", CancellationToken.None);
    }

    /// <summary>A record index in the bench folder, caught up with every imported dataset version.</summary>
    public async Task<RecordIndex> IndexRecordsAsync()
    {
        var index = new RecordIndex(Path.Combine(root, "records"));
        using var sync = new RecordIndexSync(index, services.GetRequiredService<IServiceScopeFactory>(), NullLogger<RecordIndexSync>.Instance);
        await sync.CatchUpAsync(CancellationToken.None);
        return index;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
