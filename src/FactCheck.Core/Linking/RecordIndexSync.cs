using FactCheck.Core.Jobs;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Linking;

/// <summary>
/// Keeps this node's <see cref="RecordIndex"/> on the latest version of every dataset. It compares, per dataset,
/// the newest committed version in the database with the one indexed, so imports committing out of order
/// cannot be missed.
/// </summary>
public sealed class RecordIndexSync(RecordIndex index, IServiceScopeFactory scopes, ILogger<RecordIndexSync> logger) : BackgroundService
{
    private const int Batch = 5_000;
    private readonly SemaphoreSlim gate = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Repeating.RunAsync(TimeSpan.FromSeconds(2), TimeProvider.System, logger, "Record index sync", CatchUpAsync, stoppingToken);

    /// <summary>Brings the index up to date; returns how many datasets were re-indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            var latest = await db.DatasetVersions.AsNoTracking()
                .Where(v => v.FileHash != "")
                .GroupBy(v => v.DatasetId)
                .Select(g => new { DatasetId = g.Key, VersionId = g.Max(v => v.Id) })
                .ToDictionaryAsync(x => x.DatasetId, x => x.VersionId, ct);
            var indexed = index.Versions;
            var changed = latest.Where(l => !indexed.TryGetValue(l.Key, out var v) || v != l.Value).ToList();
            var gone = indexed.Keys.Where(k => !latest.ContainsKey(k)).ToList();
            if (changed.Count == 0 && gone.Count == 0)
            {
                return 0;
            }

            foreach (var datasetId in gone)
            {
                index.DeleteDataset(datasetId);
            }

            foreach (var (datasetId, versionId) in changed)
            {
                await ReindexAsync(db, datasetId, versionId, ct);
            }

            index.Commit(latest);
            return changed.Count + gone.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ReindexAsync(FactCheckDb db, long datasetId, long versionId, CancellationToken ct)
    {
        var dataset = await db.Datasets.AsNoTracking().SingleAsync(d => d.Id == datasetId, ct);
        var version = await db.DatasetVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Version).SingleAsync(ct);
        index.DeleteDataset(datasetId);
        long after = 0;
        while (true)
        {
            var records = await db.Records.AsNoTracking()
                .Where(r => r.VersionId == versionId && r.Id > after)
                .OrderBy(r => r.Id)
                .Take(Batch)
                .ToListAsync(ct);
            foreach (var record in records)
            {
                index.Add(record, dataset, version);
            }

            if (records.Count < Batch)
            {
                break;
            }

            after = records[^1].Id;
        }

        logger.LogInformation("Indexed {Dataset} version {Version}", dataset.Name, version);
    }

    public override void Dispose()
    {
        gate.Dispose();
        base.Dispose();
    }
}
