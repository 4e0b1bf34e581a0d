using FactCheck.Core.Checks;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;

namespace FactCheck.Web.Api;

public sealed record SubmissionCreated(long Id, string Status);

public sealed record SubmissionState(
    long Id,
    string Kind,
    string Status,
    string Stage,
    string? Error,
    string? Url,
    string? Title,
    DateTime CreatedAt,
    DateTime? FinishedAt)
{
    public static SubmissionState From(Submission s) => new(
        s.Id,
        s.Kind.ToString().ToLowerInvariant(),
        StoredForms.StatusName(s.Status),
        StoredForms.StageName(s.Stage),
        s.Error,
        s.Url,
        s.Article?.Title ?? s.Title,
        DateTime.SpecifyKind(s.CreatedAt, DateTimeKind.Utc),
        s.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null);
}

public sealed record ReviewState(string Decision, string? Note, string Reviewer, DateTime At)
{
    public static ReviewState From(Review r) => new(
        r.Decision == ReviewDecision.Confirm ? "confirm" : "dismiss",
        r.Note,
        r.Reviewer,
        DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc));
}

public sealed record FlagState(
    long Id,
    long SubmissionId,
    string? ArticleTitle,
    string Type,
    string Severity,
    string Message,
    string Computation,
    IReadOnlyList<FlagValue> Values,
    IReadOnlyList<ClaimReport> Claims,
    string Fingerprint,
    string Status,
    bool IsCurrent,
    ReviewState? Review,
    IReadOnlyList<ReviewState> History)
{
    public static FlagState From(FlagRow f, IReadOnlyDictionary<int, ClaimReport> claims, string? title)
    {
        var history = f.Reviews.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(ReviewState.From).ToList();
        return new(
            f.Id,
            f.SubmissionId,
            title,
            f.Type,
            f.Severity,
            f.Message,
            f.Computation,
            StoredForms.Values(f),
            StoredForms.Ordinals(f).Where(claims.ContainsKey).Select(o => claims[o]).ToList(),
            f.Fingerprint,
            f.Status.ToString().ToLowerInvariant(),
            f.IsCurrent,
            history.FirstOrDefault(),
            history);
    }
}

/// <summary>A decision on a flag or link; the reviewer is whoever is signed in (or owns the API key).</summary>
public sealed record ReviewRequest(string? Decision, string? Note);

public sealed record LinkState(
    long Id, int ClaimOrdinal, bool Linked, string Status, long? RecordId, string? Dataset, int? Version, string? RecordSays, bool? Consistent,
    double Confidence, string Explanation, string? ReviewedBy, DateTime? ReviewedAt, string? Note)
{
    public static LinkState From(LinkRow l) => new(
        l.Id,
        l.ClaimOrdinal,
        l.IsLinked,
        l.Status.ToString().ToLowerInvariant(),
        l.RecordId,
        l.Dataset,
        l.Version,
        l.RecordSays,
        l.Consistent,
        l.Confidence,
        l.Explanation,
        l.ReviewedBy,
        l.ReviewedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        l.Note);
}
