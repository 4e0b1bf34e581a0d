using FactCheck.Core.Jobs;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Core.Indexing;

/// <summary>
/// Keeps this node's <see cref="ClaimIndex"/> in step with the database by tailing the <see cref="IndexChange"/>
/// sequence. Jobs on any process only append changes; each searching node applies them to its own index, so there
/// is exactly one writer per index folder however many workers run (docs/decisions/0001-index-per-node.md).
/// </summary>
public sealed class IndexSync(
    ClaimIndex index,
    IServiceScopeFactory scopes,
    IOptions<IndexingOptions> options,
    TimeProvider clock,
    ILogger<IndexSync> logger) : BackgroundService
{
    private const int Batch = 200;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Repeating.RunAsync(options.Value.PollInterval, clock, logger, "Index sync", async ct =>
        {
            while (await CatchUpOnceAsync(ct) == Batch)
            {
            }
        }, stoppingToken);

    /// <summary>Applies the next batch of changes; returns how many were read.</summary>
    public async Task<int> CatchUpOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        var applied = index.Sequence;
        var changes = await db.IndexChanges.AsNoTracking()
            .Where(c => c.Id > applied)
            .OrderBy(c => c.Id)
            .Take(Batch)
            .ToListAsync(ct);
        if (changes.Count == 0)
        {
            return 0;
        }

        // Sequence values are handed out before commit, so a hole may be a transaction still in flight:
        // apply everything read (re-applying is harmless) but only move the mark past holes that have aged out.
        var oldEnough = clock.GetUtcNow().UtcDateTime - options.Value.GapTimeout;
        var mark = applied;
        foreach (var change in changes)
        {
            if (change.Id != mark + 1 && change.CreatedAt > oldEnough)
            {
                break;
            }

            mark = change.Id;
        }

        foreach (var submissionId in changes.Select(c => c.SubmissionId).Distinct())
        {
            await ReindexAsync(db, submissionId, ct);
        }

        index.Commit(mark);
        return changes.Count;
    }

    /// <summary>Empties the index and fills it again from the database.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        var last = await db.IndexChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        index.DeleteAll();
        var ids = await db.Articles.AsNoTracking().OrderBy(a => a.SubmissionId).Select(a => a.SubmissionId).ToListAsync(ct);
        foreach (var id in ids)
        {
            await ReindexAsync(db, id, ct);
        }

        index.Commit(last);
        return ids.Count;
    }

    private async Task ReindexAsync(FactCheckDb db, long submissionId, CancellationToken ct)
    {
        var title = await db.Articles.AsNoTracking().Where(a => a.SubmissionId == submissionId).Select(a => a.Title).FirstOrDefaultAsync(ct);
        var claims = await db.Claims.AsNoTracking().Where(c => c.SubmissionId == submissionId).OrderBy(c => c.Ordinal).ToListAsync(ct);
        var flagged = (await db.Flags.AsNoTracking()
                .Where(f => f.SubmissionId == submissionId && f.IsCurrent && f.Status != FlagStatus.Dismissed)
                .Select(f => f.ClaimOrdinals)
                .ToListAsync(ct))
            .SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Select(o => int.Parse(o, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
        index.Replace(submissionId, title, claims, flagged);
    }
}
