using FactCheck.Core.Storage;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Core.Jobs;

/// <summary>
/// Makes sure every unfinished submission has a live job. The database row is the truth: a job lost with
/// an in-memory queue on restart, a worker killed mid-stage, or a crash between storing a submission and
/// enqueueing it all end with a submission that is queued or running but that nobody is working on.
/// Runs at start and then every <see cref="JobsOptions.SweepInterval"/> in each process with a job server.
/// </summary>
public sealed class SubmissionRecovery(
    IServiceScopeFactory scopes,
    JobStorage storage,
    DatabaseSettings database,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<SubmissionRecovery> logger) : BackgroundService
{
    private static readonly HashSet<string> Waiting = [EnqueuedState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.IsEmbedded)
        {
            await ReleaseEmbeddedRunnersAsync(stoppingToken);
        }

        await Repeating.RunAsync(options.Value.SweepInterval, clock, logger, "Recovery sweep", async ct =>
        {
            var requeued = await SweepAsync(ct);
            if (requeued > 0)
            {
                logger.LogInformation("Re-enqueued {Count} unfinished submissions", requeued);
            }
        }, stoppingToken);
    }

    /// <summary>Re-enqueues unfinished submissions whose job is gone or whose runner stopped beating.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        var staleBefore = clock.GetUtcNow().UtcDateTime - options.Value.StaleAfter;

        var unfinished = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Queued || s.Status == SubmissionStatus.Running)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.JobId, s.RunnerId, s.HeartbeatAt })
            .Take(500)
            .ToListAsync(ct);

        var requeued = 0;
        using var connection = storage.GetConnection();
        foreach (var s in unfinished)
        {
            var state = JobState(connection, s.JobId);
            if (state is not null && Waiting.Contains(state))
            {
                continue;
            }

            var alive = s.RunnerId is not null && s.HeartbeatAt >= staleBefore;
            if (alive || (state == ProcessingState.StateName && s.HeartbeatAt is null))
            {
                continue;
            }

            // Only one sweeper wins the right to re-enqueue: the one whose update still sees the old job id.
            var claimed = await db.Submissions
                .Where(x => x.Id == s.Id && x.JobId == s.JobId && (x.Status == SubmissionStatus.Queued || x.Status == SubmissionStatus.Running))
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.JobId, "requeueing"), ct);
            if (claimed == 1)
            {
                await submissions.EnqueueAsync(s.Id, ct);
                requeued++;
            }
        }

        return requeued;
    }

    /// <summary>The Hangfire state of a job, or null when the storage does not know it (lost, or an id it cannot read).</summary>
    private string? JobState(Hangfire.Storage.IStorageConnection connection, string? jobId)
    {
        if (jobId is null)
        {
            return null;
        }

        try
        {
            return connection.GetStateData(jobId)?.Name;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            logger.LogDebug(e, "Job {JobId} is unknown to the job storage", jobId);
            return null;
        }
    }

    /// <summary>
    /// The embedded default is one process by construction, so at start nobody else can be running a
    /// submission: whatever a previous run held died with it.
    /// </summary>
    private async Task ReleaseEmbeddedRunnersAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
        await db.Submissions.Where(s => s.RunnerId != null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RunnerId, (string?)null).SetProperty(s => s.HeartbeatAt, (DateTime?)null), ct);
    }
}
