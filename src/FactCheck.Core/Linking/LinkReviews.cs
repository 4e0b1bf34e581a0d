using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Linking;

public enum LinkDecision
{
    Confirm,
    Remove,
    Replace,
}

/// <summary>The record an editor chose does not exist (or is not a record of an imported dataset).</summary>
public sealed class UnknownRecordException(long recordId) : Exception($"There is no record {recordId}.");

/// <summary>
/// An editor's word on a link: confirmed links are kept through re-links, removed ones keep the claim unlinked,
/// replaced ones stay on the record the editor chose. The decisions double as labelled data for measuring the linker.
/// </summary>
public sealed class LinkReviews(FactCheckDb db, TimeProvider clock)
{
    /// <param name="recordId">The chosen record, for <see cref="LinkDecision.Replace"/> only.</param>
    /// <returns>
    /// The link after the decision, or null when there is no such link, or it points to no record and the decision
    /// is not a replacement (a claim the linker left unlinked can still be given a record).
    /// </returns>
    /// <exception cref="UnknownRecordException">A replacement names no stored record.</exception>
    public async Task<LinkRow?> ReviewAsync(long linkId, LinkDecision decision, long? recordId, string? note, string reviewer, CancellationToken ct)
    {
        var link = await db.Links.SingleOrDefaultAsync(l => l.Id == linkId, ct);
        if (link is null || (link.RecordId is null && decision != LinkDecision.Replace))
        {
            return null;
        }

        var before = new { status = link.Status.ToString().ToLowerInvariant(), link.RecordId, link.Dataset, link.Version, link.RecordSays, link.Note };
        switch (decision)
        {
            case LinkDecision.Replace:
                var chosen = recordId is { } id ? await LoadAsync(db, id, ct) : null;
                if (chosen is null)
                {
                    throw new UnknownRecordException(recordId ?? 0);
                }

                link.Status = LinkStatus.Replaced;
                link.RecordId = chosen.RecordId;
                link.VersionId = chosen.VersionId;
                link.Dataset = chosen.Dataset;
                link.Version = chosen.Version;
                link.RecordSays = Says(chosen);
                link.Confidence = 1;
                // Known only once the checks have run against the chosen record.
                link.Consistent = null;
                break;
            case LinkDecision.Confirm:
                link.Status = LinkStatus.Confirmed;
                break;
            default:
                link.Status = LinkStatus.Removed;
                link.Consistent = null;
                break;
        }

        link.ReviewedBy = string.IsNullOrWhiteSpace(reviewer) ? "editor" : reviewer.Trim();
        link.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        link.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (decision == LinkDecision.Replace)
        {
            link.Explanation = $"chosen by {link.ReviewedBy}";
        }

        db.Record(link.ReviewedAt.Value, link.ReviewedBy, AuditActions.LinkReview, $"link {link.Id} (claim {link.ClaimOrdinal})", before,
            new { status = link.Status.ToString().ToLowerInvariant(), link.RecordId, link.Dataset, link.Version, link.RecordSays, link.Note }, link.SubmissionId);
        await db.SaveChangesAsync(ct);
        return link;
    }

    /// <summary>What a record says, as a link keeps it.</summary>
    public static string Says(LinkedRecord r) => $"{r.Statement} (line {r.Line})";

    /// <summary>
    /// The record an editor decided on, followed into its dataset's latest version: the row with the same
    /// dimensions and period there, or the decided record itself when the newer version has no such row.
    /// </summary>
    public static async Task<LinkedRecord?> LatestAsync(FactCheckDb db, long recordId, CancellationToken ct)
    {
        var decided = await db.Records.AsNoTracking().Where(r => r.Id == recordId)
            .Select(r => new { r.DimensionText, r.PeriodText, DatasetId = db.DatasetVersions.Where(v => v.Id == r.VersionId).Select(v => v.DatasetId).Single() })
            .SingleOrDefaultAsync(ct);
        if (decided is null)
        {
            return null;
        }

        var latest = await db.DatasetVersions.AsNoTracking()
            .Where(v => v.DatasetId == decided.DatasetId && v.FileHash != "")
            .OrderByDescending(v => v.Version).Select(v => v.Id).FirstAsync(ct);
        var same = await db.Records.AsNoTracking()
            .Where(r => r.VersionId == latest && r.DimensionText == decided.DimensionText && r.PeriodText == decided.PeriodText)
            .Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        return await LoadAsync(db, same ?? recordId, ct);
    }

    /// <summary>A stored record as linking sees it.</summary>
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
