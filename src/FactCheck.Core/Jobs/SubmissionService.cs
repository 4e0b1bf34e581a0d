using FactCheck.Core.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Jobs;

/// <summary>Stores a submission and hands it to the job queue. The row is written first, so a crash in between loses nothing.</summary>
public sealed class SubmissionService(FactCheckDb db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const int MaxTextChars = 1_000_000;
    public const int MaxHtmlChars = 5 * 1024 * 1024;

    public async Task<Submission> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken)
    {
        var submission = Validate(request);
        var now = clock.GetUtcNow().UtcDateTime;
        submission.Status = SubmissionStatus.Queued;
        submission.Stage = SubmissionStage.Queued;
        submission.CreatedAt = now;
        submission.UpdatedAt = now;
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        await EnqueueAsync(submission.Id, cancellationToken);
        return submission;
    }

    /// <summary>Queues a job for the submission and remembers its id.</summary>
    public async Task EnqueueAsync(long submissionId, CancellationToken cancellationToken)
    {
        var jobId = jobs.Enqueue<SubmissionJob>(JobsOptions.Queue, j => j.RunAsync(submissionId, CancellationToken.None));
        await db.Submissions.Where(s => s.Id == submissionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.JobId, jobId), cancellationToken);
    }

    internal static Submission Validate(SubmissionRequest request)
    {
        var given = new[] { request.Url, request.Text, request.Html }.Count(v => v is not null);
        if (request.Html is not null)
        {
            if (string.IsNullOrWhiteSpace(request.Html))
            {
                throw new InvalidSubmissionException("The pasted HTML is empty.");
            }

            if (request.Html.Length > MaxHtmlChars)
            {
                throw new InvalidSubmissionException($"The pasted HTML is {Megabytes(request.Html.Length)}, limit {Megabytes(MaxHtmlChars)}.");
            }

            if (request.Text is not null)
            {
                throw new InvalidSubmissionException("Send either text or HTML, not both.");
            }

            return new Submission
            {
                Kind = SubmissionKind.Html,
                Input = request.Html,
                Url = request.Url is null ? null : ParseUrl(request.Url).AbsoluteUri,
                Title = Trim(request.Title),
            };
        }

        if (given > 1)
        {
            throw new InvalidSubmissionException("Send one of: a URL, pasted text, or pasted HTML.");
        }

        if (request.Text is not null)
        {
            if (string.IsNullOrWhiteSpace(request.Text))
            {
                throw new InvalidSubmissionException("The text is empty: paste the article's text.");
            }

            if (request.Text.Length > MaxTextChars)
            {
                throw new InvalidSubmissionException($"The text is {Megabytes(request.Text.Length)}, limit {Megabytes(MaxTextChars)}.");
            }

            return new Submission { Kind = SubmissionKind.Text, Input = request.Text, Title = Trim(request.Title) };
        }

        if (request.Url is not null)
        {
            return new Submission { Kind = SubmissionKind.Url, Url = ParseUrl(request.Url).AbsoluteUri, Title = Trim(request.Title) };
        }

        throw new InvalidSubmissionException("Nothing to check: give a URL, or paste the article's text or HTML.");
    }

    private static Uri ParseUrl(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new InvalidSubmissionException("The URL is empty.");
        }

        if (trimmed.Length > 4096
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidSubmissionException($"Not a valid http(s) URL: \"{Shorten(trimmed)}\".");
        }

        return uri;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";

    private static string Megabytes(int chars) => $"{chars / 1024.0 / 1024.0:0.#} MB";
}
