using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Checks;

/// <summary>Records an editor's decision on a flag. Decisions are appended, never overwritten: the flag keeps its history.</summary>
public sealed class FlagReviews(FactCheckDb db, TimeProvider clock)
{
    public const int MaxNoteChars = 4000;

    /// <returns>The review, or null when there is no such flag.</returns>
    public async Task<Review?> ReviewAsync(long flagId, ReviewDecision decision, string? note, string reviewer, CancellationToken ct)
    {
        if (note is { Length: > MaxNoteChars })
        {
            throw new ArgumentException($"The note is {note.Length} characters, limit {MaxNoteChars}.", nameof(note));
        }

        var flag = await db.Flags.SingleOrDefaultAsync(f => f.Id == flagId, ct);
        if (flag is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var review = new Review
        {
            FlagId = flagId,
            Decision = decision,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Reviewer = string.IsNullOrWhiteSpace(reviewer) ? "editor" : reviewer.Trim(),
            CreatedAt = now,
        };
        db.Reviews.Add(review);
        var before = flag.Status;
        flag.Status = decision == ReviewDecision.Confirm ? FlagStatus.Confirmed : FlagStatus.Dismissed;
        flag.UpdatedAt = now;
        // A dismissed flag no longer marks its claims in search.
        db.IndexChanges.Add(new IndexChange { SubmissionId = flag.SubmissionId, CreatedAt = now });
        db.Record(now, review.Reviewer, AuditActions.FlagReview, $"flag {flagId} ({flag.Type})",
            new { status = before.ToString().ToLowerInvariant() },
            new { status = flag.Status.ToString().ToLowerInvariant(), decision = decision == ReviewDecision.Confirm ? "confirm" : "dismiss", note = review.Note },
            flag.SubmissionId);
        await db.SaveChangesAsync(ct);
        return review;
    }
}
