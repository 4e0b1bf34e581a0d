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
        var decided = await db.Links.AsNoTracking()
            .Where(l => l.SubmissionId == submissionId && (l.Status == LinkStatus.Confirmed || l.Status == LinkStatus.Removed || l.Status == LinkStatus.Replaced))
            .ToDictionaryAsync(l => l.ClaimOrdinal, ct);
        var links = new List<ClaimLink>();
        foreach (var proposed in linker.Link(claims))
        {
            links.Add(decided.TryGetValue(proposed.ClaimOrdinal, out var decision)
                ? await EditorLinkAsync(decision, proposed, ct)
                : proposed);
        }

        var flags = pipeline.Check(article, claims, links, await PeersAsync(submissionId, claims, ct));
        await SaveLinksAsync(submissionId, links, flags, ct);
        await SaveFlagsAsync(submissionId, flags, ct);
        // The index marks flagged claims, so it follows the flags too.
        db.IndexChanges.Add(new IndexChange { SubmissionId = submissionId, CreatedAt = Now() });
        await db.SaveChangesAsync(ct);
        return flags;
    }

    /// <summary>
    /// The link an editor decided: none when removed; when confirmed or chosen, that record followed into its
    /// dataset's latest version (the decision follows revisions), whatever the linker proposes now.
    /// </summary>
    private async Task<ClaimLink> EditorLinkAsync(LinkRow decision, ClaimLink proposed, CancellationToken ct)
    {
        var why = $"{decision.Status.ToString().ToLowerInvariant()} by {decision.ReviewedBy}";
        if (decision.Status == LinkStatus.Removed)
        {
            return new ClaimLink(decision.ClaimOrdinal, null, 0, "no link: " + why);
        }

        if (await LinkReviews.LatestAsync(db, decision.RecordId!.Value, ct) is not { } record)
        {
            return proposed;
        }

        return proposed.Record is { } r && r.IsSameRowAs(record)
            ? proposed with { Record = record, Confidence = 1, Explanation = $"{why}; {proposed.Explanation}" }
            : new ClaimLink(decision.ClaimOrdinal, record, 1, why);
    }

    /// <summary>
    /// Claims of other articles with the same unit dimension and exactly the same period as one of these claims:
    /// the only ones that can state the same quantity, so the lookup stays small however many articles there are.
    /// </summary>
    private async Task<IReadOnlyList<Checks.PeerClaim>> PeersAsync(long submissionId, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        var keys = claims
            .Where(c => c.Quantity.Normalized is not null && c.Period is { From: not null, To: not null })
            .Select(c => (Dimension: StoredForms.DimensionName(c.Quantity.Dimension), c.Period!.From, c.Period.To))
            .ToHashSet();
        if (keys.Count == 0)
        {
            return [];
        }

        var dimensions = keys.Select(k => k.Dimension).Distinct().ToList();
        var starts = keys.Select(k => k.From).Distinct().ToList();
        var rows = (await db.Claims.AsNoTracking()
                .Where(c => c.SubmissionId != submissionId && dimensions.Contains(c.Dimension) && starts.Contains(c.PeriodFrom))
                .OrderByDescending(c => c.SubmissionId)
                .Take(5_000)
                .ToListAsync(ct))
            .Where(r => keys.Contains((r.Dimension, r.PeriodFrom, r.PeriodTo)))
            .ToList();
        var ids = rows.Select(r => r.SubmissionId).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.SubmissionId)).ToDictionaryAsync(a => a.SubmissionId, a => a.Title, ct);
        return rows.Select(r => new Checks.PeerClaim(r.SubmissionId, titles.GetValueOrDefault(r.SubmissionId), StoredForms.ToClaim(r))).ToList();
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
        // Editors' decisions stay (their record and verdict refreshed); everything else is replaced.
        var decided = await db.Links.Where(l => l.SubmissionId == submissionId && (l.Status == LinkStatus.Confirmed || l.Status == LinkStatus.Removed || l.Status == LinkStatus.Replaced))
            .ToDictionaryAsync(l => l.ClaimOrdinal, ct);
        await db.Links.Where(l => l.SubmissionId == submissionId && (l.Status == LinkStatus.Auto || l.Status == LinkStatus.None)).ExecuteDeleteAsync(ct);
        foreach (var l in links.Where(l => decided.ContainsKey(l.ClaimOrdinal)))
        {
            var row = decided[l.ClaimOrdinal];
            if (row.Status is LinkStatus.Confirmed or LinkStatus.Replaced && l.Record is { } r)
            {
                row.RecordId = r.RecordId;
                row.VersionId = r.VersionId;
                row.Version = r.Version;
                row.RecordSays = LinkReviews.Says(r);
                row.Consistent = !mismatched.Contains(l.ClaimOrdinal);
            }
        }

        db.Links.AddRange(links.Where(l => !decided.ContainsKey(l.ClaimOrdinal)).Select(l => new LinkRow
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
            RecordSays = l.Record is { } r ? LinkReviews.Says(r) : null,
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
