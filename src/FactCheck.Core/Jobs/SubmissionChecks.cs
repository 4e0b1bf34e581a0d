using FactCheck.Core.Articles;
using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Jobs;

/// <summary>
/// The checking stage of a submission: link its claims to the latest dataset records, run the checks, and
/// store links and flags so that a re-run replaces them (flags by fingerprint, keeping their reviews).
/// Used by the submission job and again whenever a dataset the claims were linked to gets a new version.
/// </summary>
public sealed class SubmissionChecks(FactCheckDb db, ArticlePipeline pipeline, ClaimLinker linker, RecordIndexSync records, TimeProvider clock)
{
    public async Task<IReadOnlyList<Checks.Flag>> CheckAsync(long submissionId, Article article, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        await records.CatchUpAsync(ct);
        var links = linker.Link(claims);
        var flags = pipeline.Check(article, claims, links);
        await SaveLinksAsync(submissionId, links, flags, ct);
        await SaveFlagsAsync(submissionId, flags, ct);
        return flags;
    }

    /// <summary>Checks a submission again from its stored article and claims.</summary>
    public async Task<IReadOnlyList<Checks.Flag>?> RecheckAsync(long submissionId, CancellationToken ct)
    {
        var row = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.SubmissionId == submissionId, ct);
        if (row is null)
        {
            return null;
        }

        var claims = (await db.Claims.AsNoTracking().Where(c => c.SubmissionId == submissionId).OrderBy(c => c.Ordinal).ToListAsync(ct))
            .Select(StoredForms.ToClaim).ToList();
        return await CheckAsync(submissionId, StoredForms.ToArticle(row), claims, ct);
    }

    /// <summary>Replaces the submission's links with this run's, one per claim, "no matching record" included.</summary>
    private async Task SaveLinksAsync(long submissionId, IReadOnlyList<ClaimLink> links, IReadOnlyList<Checks.Flag> flags, CancellationToken ct)
    {
        var mismatched = flags.Where(f => f.Type == Checks.FlagTypes.DatasetMismatch).SelectMany(f => f.ClaimOrdinals).ToHashSet();
        var now = Now();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Links.Where(l => l.SubmissionId == submissionId).ExecuteDeleteAsync(ct);
        db.Links.AddRange(links.Select(l => new LinkRow
        {
            SubmissionId = submissionId,
            ClaimOrdinal = l.ClaimOrdinal,
            RecordId = l.Record?.RecordId,
            VersionId = l.Record?.VersionId,
            Status = l.IsLinked ? LinkStatus.Auto : LinkStatus.None,
            Confidence = l.Confidence,
            Explanation = l.Explanation,
            Dataset = l.Record?.Dataset,
            Version = l.Record?.Version,
            RecordSays = l.Record is { } r ? $"{r.Description}, {r.Period}: {Checks.Figures.Plain(r.Value)} {r.Unit} (line {r.Line})" : null,
            Consistent = l.IsLinked ? !mismatched.Contains(l.ClaimOrdinal) : null,
            CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task SaveFlagsAsync(long submissionId, IReadOnlyList<Checks.Flag> flags, CancellationToken ct)
    {
        var now = Now();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Flags.Where(f => f.SubmissionId == submissionId).ToDictionaryAsync(f => f.Fingerprint, ct);
        foreach (var flag in flags.DistinctBy(f => f.Fingerprint))
        {
            var row = StoredForms.ToRow(submissionId, flag, now);
            if (existing.Remove(flag.Fingerprint, out var old))
            {
                // Same finding as before: refresh what the check says, keep the row, its status and reviews.
                old.Severity = row.Severity;
                old.Message = row.Message;
                old.Computation = row.Computation;
                old.ValuesJson = row.ValuesJson;
                old.ClaimOrdinals = row.ClaimOrdinals;
                old.IsCurrent = true;
                old.UpdatedAt = now;
            }
            else
            {
                db.Flags.Add(row);
            }
        }

        foreach (var gone in existing.Values)
        {
            gone.IsCurrent = false;
            gone.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
