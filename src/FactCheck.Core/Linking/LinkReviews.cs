using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Linking;

public enum LinkDecision
{
    Confirm,
    Remove,
}

/// <summary>
/// An editor's word on a link: confirmed links are kept through re-links, removed ones keep the claim unlinked.
/// The decisions double as labelled data for measuring the linker.
/// </summary>
public sealed class LinkReviews(FactCheckDb db, TimeProvider clock)
{
    /// <returns>The link after the decision, or null when there is no such link or it points to no record.</returns>
    public async Task<LinkRow?> ReviewAsync(long linkId, LinkDecision decision, string? note, string reviewer, CancellationToken ct)
    {
        var link = await db.Links.SingleOrDefaultAsync(l => l.Id == linkId, ct);
        if (link is null || link.RecordId is null)
        {
            return null;
        }

        var before = new { status = link.Status.ToString().ToLowerInvariant(), link.RecordId, link.Dataset, link.Version, link.RecordSays, link.Note };
        link.Status = decision == LinkDecision.Confirm ? LinkStatus.Confirmed : LinkStatus.Removed;
        link.ReviewedBy = string.IsNullOrWhiteSpace(reviewer) ? "editor" : reviewer.Trim();
        link.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        link.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (link.Status == LinkStatus.Removed)
        {
            link.Consistent = null;
        }

        db.Record(link.ReviewedAt.Value, link.ReviewedBy, AuditActions.LinkReview, $"link {link.Id} (claim {link.ClaimOrdinal})", before,
            new { status = link.Status.ToString().ToLowerInvariant(), link.RecordId, link.Dataset, link.Version, link.RecordSays, link.Note }, link.SubmissionId);
        await db.SaveChangesAsync(ct);
        return link;
    }

    /// <summary>A stored record as linking sees it, for a confirmed link the linker no longer proposes.</summary>
    public static async Task<LinkedRecord?> LoadAsync(FactCheckDb db, long recordId, CancellationToken ct)
    {
        var found = await (
            from r in db.Records.AsNoTracking()
            join v in db.DatasetVersions.AsNoTracking() on r.VersionId equals v.Id
            join d in db.Datasets.AsNoTracking() on v.DatasetId equals d.Id
            where r.Id == recordId
            select new { r, v.Version, d.Name, d.AsReported }).SingleOrDefaultAsync(ct);
        return found is null
            ? null
            : new LinkedRecord(
                found.r.Id, found.r.VersionId, found.Name, found.Version, found.AsReported, RecordText.About(found.r.DimensionsJson), found.r.DimensionText,
                found.r.PeriodText, found.r.PeriodFrom, found.r.PeriodTo, found.r.Value, found.r.Unit, found.r.Dimension, found.r.Normalized, found.r.CanonicalUnit, found.r.Line);
    }
}
