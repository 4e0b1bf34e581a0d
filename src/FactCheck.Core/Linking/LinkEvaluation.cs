using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Linking;

/// <summary>A reviewed link where today's linker does not do what the editor decided.</summary>
public sealed record LinkDisagreement(long LinkId, long SubmissionId, int ClaimOrdinal, string Claim, string Decision, string? Decided, string? LinkerNow);

/// <summary>
/// Editors' link decisions read as labelled data: how often the linker was right when they reviewed it, and how
/// often today's linker would do what they decided (so a change to the linker is measured on real claims).
/// </summary>
/// <param name="Confirmed">Links the editor kept: the linker was right.</param>
/// <param name="Removed">Links the editor removed: the linker linked a claim no record fits.</param>
/// <param name="Replaced">Claims the editor gave another record: the linker picked the wrong one, or none.</param>
/// <param name="AgreesNow">Decisions today's linker reproduces: the decided record's row, or for a removal anything but the removed row.</param>
public sealed record LinkEvaluation(int Confirmed, int Removed, int Replaced, int AgreesNow, IReadOnlyList<LinkDisagreement> Disagreements)
{
    public int Reviewed => Confirmed + Removed + Replaced;

    /// <summary>Share of reviewed links the editors kept; null before any review.</summary>
    public double? PrecisionWhenReviewed => Reviewed == 0 ? null : (double)Confirmed / Reviewed;

    /// <summary>Share of the decisions today's linker reproduces; null before any review.</summary>
    public double? AgreementNow => Reviewed == 0 ? null : (double)AgreesNow / Reviewed;
}

public static class LinkEvaluator
{
    /// <summary>Links every reviewed claim again with <paramref name="linker"/> and compares with the editor's decision.</summary>
    public static async Task<LinkEvaluation> EvaluateAsync(FactCheckDb db, ClaimLinker linker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(linker);
        var reviewed = await db.Links.AsNoTracking()
            .Where(l => l.Status == LinkStatus.Confirmed || l.Status == LinkStatus.Removed || l.Status == LinkStatus.Replaced)
            .OrderBy(l => l.Id).ToListAsync(ct);
        int confirmed = 0, removed = 0, replaced = 0, agrees = 0;
        var disagreements = new List<LinkDisagreement>();
        foreach (var link in reviewed)
        {
            var row = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.SubmissionId == link.SubmissionId && c.Ordinal == link.ClaimOrdinal, ct);
            if (row is null)
            {
                continue;
            }

            var decided = link.RecordId is { } id ? await LinkReviews.LatestAsync(db, id, ct) : null;
            var now = linker.Link(StoredForms.ToClaim(row)).Record;
            switch (link.Status)
            {
                case LinkStatus.Confirmed: confirmed++; break;
                case LinkStatus.Replaced: replaced++; break;
                default: removed++; break;
            }

            // A kept or chosen record should be the linker's pick again; a removed one should not.
            var agree = link.Status == LinkStatus.Removed
                ? now is null || decided is null || !now.IsSameRowAs(decided)
                : decided is not null && now is not null && now.IsSameRowAs(decided);
            if (agree)
            {
                agrees++;
            }
            else
            {
                disagreements.Add(new LinkDisagreement(link.Id, link.SubmissionId, link.ClaimOrdinal, row.Text, link.Status.ToString().ToLowerInvariant(),
                    decided?.Statement, now?.Statement));
            }
        }

        return new LinkEvaluation(confirmed, removed, replaced, agrees, disagreements);
    }
}
