using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Core.Jobs;

/// <summary>
/// When a dataset gets a new version, re-links and re-checks every submission whose claims were linked to an
/// older version, and records what changed on the version. Driven by the version rows themselves (not a queued
/// job), so an import from the command line, the API or the web page is picked up the same way, and a crash
/// mid-way is taken up again once its lease runs out.
/// </summary>
public sealed class DatasetRelinker(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider clock, ILogger<DatasetRelinker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Repeating.RunAsync(options.Value.SweepInterval, clock, logger, "Re-linking after a dataset import", async ct =>
        {
            while (await RelinkNextAsync(ct))
            {
            }
        }, stoppingToken);

    /// <summary>Re-links for one imported version not yet handled; false when there is none.</summary>
    public async Task<bool> RelinkNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Lease;
        var version = await db.DatasetVersions.AsNoTracking()
            .Where(v => v.RelinkedAt == null && v.FileHash != "" && (v.RelinkStartedAt == null || v.RelinkStartedAt < expired))
            .OrderBy(v => v.Id)
            .FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return false;
        }

        var taken = await db.DatasetVersions
            .Where(v => v.Id == version.Id && v.RelinkedAt == null && (v.RelinkStartedAt == null || v.RelinkStartedAt < expired))
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.RelinkStartedAt, now), ct);
        if (taken == 0)
        {
            return true;
        }

        var older = await db.DatasetVersions.Where(v => v.DatasetId == version.DatasetId && v.Id < version.Id).Select(v => (long?)v.Id).ToListAsync(ct);
        var submissions = await db.Links.Where(l => older.Contains(l.VersionId)).Select(l => l.SubmissionId).Distinct().OrderBy(id => id).ToListAsync(ct);
        int moved = 0, added = 0, resolved = 0;
        var checks = scope.ServiceProvider.GetRequiredService<SubmissionChecks>();
        foreach (var id in submissions)
        {
            var before = await db.Flags.Where(f => f.SubmissionId == id && f.IsCurrent).Select(f => f.Fingerprint).ToListAsync(ct);
            await checks.RecheckAsync(id, ct);
            var after = await db.Flags.Where(f => f.SubmissionId == id && f.IsCurrent).Select(f => f.Fingerprint).ToListAsync(ct);
            added += after.Except(before).Count();
            resolved += before.Except(after).Count();
            moved += await db.Links.CountAsync(l => l.SubmissionId == id && l.VersionId == version.Id, ct);
        }

        var summary = submissions.Count == 0
            ? "No claim was linked to an earlier version: nothing to re-check."
            : $"{Count(submissions.Count, "article")} re-checked: {Count(moved, "claim")} now linked to version {version.Version}, {Count(added, "new flag")}, {Count(resolved, "flag")} no longer raised.";
        await db.DatasetVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(
            u => u.SetProperty(v => v.RelinkedAt, clock.GetUtcNow().UtcDateTime).SetProperty(v => v.RelinkSummary, summary), ct);
        logger.LogInformation("Dataset version {VersionId}: {Summary}", version.Id, summary);
        return true;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
