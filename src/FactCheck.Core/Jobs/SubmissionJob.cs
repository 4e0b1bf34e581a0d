using System.Security.Cryptography;
using System.Text.Json;
using FactCheck.Core.Articles;
using FactCheck.Core.Claims;
using FactCheck.Core.Fetching;
using FactCheck.Core.Linking;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Core.Jobs;

/// <summary>
/// Runs one submission through fetching → extracting → indexing → checking, one job per submission so the
/// per-article queue overhead stays small. Idempotent: each stage replaces what it wrote before (claims by
/// submission, flags by fingerprint), so running it twice, or after a crash, never duplicates anything.
/// </summary>
public sealed class SubmissionJob(
    FactCheckDb db,
    IPageFetcher fetcher,
    ArticlePipeline pipeline,
    SubmissionChecks checks,
    IServiceScopeFactory scopes,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<SubmissionJob> logger)
{
    private readonly string runnerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    [Queue(JobsOptions.Queue)]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 10, 30, 60, 120], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(long submissionId, CancellationToken cancellationToken)
    {
        if (!await TryAcquireAsync(submissionId, cancellationToken))
        {
            logger.LogInformation("Submission {Id} is finished or held by a live runner; nothing to do", submissionId);
            return;
        }

        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(submissionId, heartbeatStop.Token);
        try
        {
            await RunStagesAsync(submissionId, cancellationToken);
        }
        catch (Exception e) when (IsEditorFacing(e))
        {
            await FailAsync(submissionId, e.Message, CancellationToken.None);
        }
        catch (LeaseLostException e)
        {
            logger.LogWarning("{Message} Stopping here.", e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(submissionId, null, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Submission {Id} failed unexpectedly", submissionId);
            var attempts = await RecordAttemptAsync(submissionId, e);
            if (attempts >= options.Value.MaxAttempts)
            {
                await FailAsync(submissionId, $"Internal error after {attempts} attempts: {e.Message}", CancellationToken.None);
                return;
            }

            throw;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    private async Task RunStagesAsync(long submissionId, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId, ct);

        Page? page = null;
        if (submission.Kind == SubmissionKind.Url)
        {
            await SetStageAsync(submissionId, SubmissionStage.Fetching, ct);
            page = await FetchAsync(submission, ct);
            CrashIfAsked(SubmissionStage.Fetching);
        }

        await SetStageAsync(submissionId, SubmissionStage.Extracting, ct);
        var article = Extract(submission, page);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new EditorFacingException(submission.Kind == SubmissionKind.Text
                ? "The text is empty: there is nothing to check."
                : "No article text was found on the page.");
        }

        var claims = pipeline.ExtractClaims(article);
        await SaveArticleAsync(submissionId, article, claims, ct);
        CrashIfAsked(SubmissionStage.Extracting);

        await SetStageAsync(submissionId, SubmissionStage.Indexing, ct);
        db.IndexChanges.Add(new IndexChange { SubmissionId = submissionId, CreatedAt = Now() });
        await db.SaveChangesAsync(ct);
        CrashIfAsked(SubmissionStage.Indexing);

        await SetStageAsync(submissionId, SubmissionStage.Checking, ct);
        await checks.CheckAsync(submissionId, article, claims, ct);
        CrashIfAsked(SubmissionStage.Checking);

        await FinishAsync(submissionId, ct);
    }

    private async Task<Page> FetchAsync(Submission submission, CancellationToken ct)
    {
        if (submission.PageHash is not null
            && await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Hash == submission.PageHash, ct) is { } stored)
        {
            return stored;
        }

        var fetched = await fetcher.FetchAsync(new Uri(submission.Url!), ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(fetched.Body));
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Hash == hash, ct);
        if (page is null)
        {
            page = new Page
            {
                Hash = hash,
                Url = fetched.Url.AbsoluteUri,
                FinalUrl = fetched.FinalUrl.AbsoluteUri,
                Status = fetched.Status,
                ContentType = fetched.ContentType,
                Charset = fetched.Charset,
                HeadersJson = JsonSerializer.Serialize(fetched.Headers, StoredForms.Json),
                FetchedAt = fetched.FetchedAt.UtcDateTime,
                Length = fetched.Body.Length,
                Body = fetched.Body,
            };
            db.Pages.Add(page);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another runner may have stored the same bytes first; content addressing makes theirs ours.
                db.ChangeTracker.Clear();
                if (!await db.Pages.AsNoTracking().AnyAsync(p => p.Hash == hash, ct))
                {
                    throw;
                }
            }
        }

        await db.Submissions.Where(s => s.Id == submission.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PageHash, hash), ct);
        return page;
    }

    private Article Extract(Submission submission, Page? page)
    {
        switch (submission.Kind)
        {
            case SubmissionKind.Url:
                var html = PageDecoder.Decode(ToFetchedPage(page!));
                return WithTitle(pipeline.ExtractHtml(html, new Uri(page!.FinalUrl)), submission.Title);
            case SubmissionKind.Html:
                var baseUrl = submission.Url is null ? null : new Uri(submission.Url);
                return WithTitle(pipeline.ExtractHtml(submission.Input ?? "", baseUrl), submission.Title);
            default:
                return pipeline.ExtractText(submission.Input ?? "", submission.Title);
        }
    }

    private static Article WithTitle(Article article, string? title) =>
        title is null ? article : article with { Title = title };

    private static FetchedPage ToFetchedPage(Page page) => new()
    {
        Url = new Uri(page.Url),
        FinalUrl = new Uri(page.FinalUrl),
        Status = page.Status,
        ContentType = page.ContentType,
        Charset = page.Charset,
        Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(page.HeadersJson, StoredForms.Json) ?? [],
        FetchedAt = new DateTimeOffset(DateTime.SpecifyKind(page.FetchedAt, DateTimeKind.Utc)),
        Body = page.Body,
    };

    private async Task SaveArticleAsync(long submissionId, Article article, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Claims.Where(c => c.SubmissionId == submissionId).ExecuteDeleteAsync(ct);
        await db.Articles.Where(a => a.SubmissionId == submissionId).ExecuteDeleteAsync(ct);
        db.Articles.Add(StoredForms.ToRow(submissionId, article, Now()));
        db.Claims.AddRange(claims.Select(c => StoredForms.ToRow(submissionId, c)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Takes the submission for this runner unless it is finished or a live runner holds it.</summary>
    private async Task<bool> TryAcquireAsync(long submissionId, CancellationToken ct)
    {
        var now = Now();
        var staleBefore = now - options.Value.StaleAfter;
        var taken = await db.Submissions
            .Where(s => s.Id == submissionId
                && (s.Status == SubmissionStatus.Queued || s.Status == SubmissionStatus.Running)
                && (s.RunnerId == null || s.HeartbeatAt == null || s.HeartbeatAt < staleBefore))
            .ExecuteUpdateAsync(
                u => u.SetProperty(s => s.RunnerId, runnerId)
                    .SetProperty(s => s.HeartbeatAt, now)
                    .SetProperty(s => s.Status, SubmissionStatus.Running)
                    .SetProperty(s => s.UpdatedAt, now),
                ct);
        return taken == 1;
    }

    private async Task SetStageAsync(long submissionId, SubmissionStage stage, CancellationToken ct)
    {
        var now = Now();
        var updated = await Mine(submissionId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Stage, stage).SetProperty(s => s.HeartbeatAt, now).SetProperty(s => s.UpdatedAt, now),
            ct);
        if (updated == 0)
        {
            throw new LeaseLostException(submissionId);
        }
    }

    private async Task FinishAsync(long submissionId, CancellationToken ct)
    {
        var now = Now();
        await Mine(submissionId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Stage, SubmissionStage.Done)
                .SetProperty(s => s.Error, (string?)null)
                .SetProperty(s => s.FinishedAt, now)
                .SetProperty(s => s.UpdatedAt, now)
                .SetProperty(s => s.RunnerId, (string?)null),
            ct);
    }

    private async Task FailAsync(long submissionId, string reason, CancellationToken ct)
    {
        var now = Now();
        logger.LogWarning("Submission {Id} failed: {Reason}", submissionId, reason);
        await Mine(submissionId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Status, SubmissionStatus.Failed)
                .SetProperty(s => s.Stage, SubmissionStage.Failed)
                .SetProperty(s => s.Error, reason)
                .SetProperty(s => s.FinishedAt, now)
                .SetProperty(s => s.UpdatedAt, now)
                .SetProperty(s => s.RunnerId, (string?)null),
            ct);
    }

    private async Task<int> RecordAttemptAsync(long submissionId, Exception e)
    {
        var now = Now();
        await Mine(submissionId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Attempts, s => s.Attempts + 1)
                .SetProperty(s => s.Error, $"Attempt failed, will retry: {e.Message}")
                .SetProperty(s => s.UpdatedAt, now));
        var attempts = await db.Submissions.Where(s => s.Id == submissionId).Select(s => s.Attempts).SingleAsync();
        await ReleaseAsync(submissionId, null, CancellationToken.None);
        return attempts;
    }

    private Task ReleaseAsync(long submissionId, string? error, CancellationToken ct) =>
        Mine(submissionId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.RunnerId, (string?)null).SetProperty(s => s.Error, s => error ?? s.Error),
            ct);

    private IQueryable<Submission> Mine(long submissionId) =>
        db.Submissions.Where(s => s.Id == submissionId && s.RunnerId == runnerId);

    private async Task HeartbeatAsync(long submissionId, CancellationToken ct)
    {
        // A separate scope: the job's DbContext is busy on another thread and is not thread-safe.
        using var timer = new PeriodicTimer(options.Value.Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await using var scope = scopes.CreateAsyncScope();
                var beatDb = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
                var now = Now();
                await beatDb.Submissions.Where(s => s.Id == submissionId && s.RunnerId == runnerId)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.HeartbeatAt, now), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Heartbeat for submission {Id} stopped", submissionId);
        }
    }

    private void CrashIfAsked(SubmissionStage stage)
    {
        if (string.Equals(options.Value.CrashAfterStage, StoredForms.StageName(stage), StringComparison.OrdinalIgnoreCase))
        {
            Environment.FailFast($"FactCheck:Jobs:CrashAfterStage={options.Value.CrashAfterStage}: crashing on purpose");
        }
    }

    private static bool IsEditorFacing(Exception e) => e is FetchException or EditorFacingException;

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

/// <summary>A reason the submission cannot be processed that the editor should read as it is.</summary>
public sealed class EditorFacingException(string message) : Exception(message);

/// <summary>Another runner took the submission over (this one was presumed dead); stop without writing.</summary>
public sealed class LeaseLostException(long submissionId)
    : Exception($"Submission {submissionId} was taken over by another runner.");
