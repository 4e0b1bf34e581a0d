namespace FactCheck.Core.Storage;

public enum SubmissionKind
{
    Url,
    Text,
    Html,
}

public enum SubmissionStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>Where a submission is in the pipeline; the stage names are shown to editors as they are.</summary>
public enum SubmissionStage
{
    Queued,
    Fetching,
    Extracting,
    Indexing,
    Checking,
    Done,
    Failed,
}

/// <summary>
/// One request by an editor. This row is the truth about the submission's state: jobs read it to decide
/// what is left to do and write their progress and failures back to it.
/// </summary>
public sealed class Submission
{
    public long Id { get; set; }
    public SubmissionKind Kind { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }

    /// <summary>Pasted text or HTML; null for URL submissions.</summary>
    public string? Input { get; set; }

    public SubmissionStatus Status { get; set; }
    public SubmissionStage Stage { get; set; }
    public string? Error { get; set; }

    /// <summary>Attempts that ended in an unexpected error; the submission fails after a few.</summary>
    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The Hangfire job last enqueued for this submission.</summary>
    public string? JobId { get; set; }

    /// <summary>The process currently running the submission, and when it last said it was alive.</summary>
    public string? RunnerId { get; set; }

    public DateTime? HeartbeatAt { get; set; }

    /// <summary>Content hash of the fetched <see cref="Page"/>.</summary>
    public string? PageHash { get; set; }

    public Page? Page { get; set; }
    public ArticleRow? Article { get; set; }
}

/// <summary>The raw bytes fetched for a URL; content-addressed and never changed once stored.</summary>
public sealed class Page
{
    /// <summary>SHA-256 of the body, lowercase hex.</summary>
    public required string Hash { get; set; }

    public required string Url { get; set; }
    public required string FinalUrl { get; set; }
    public int Status { get; set; }
    public required string ContentType { get; set; }
    public string? Charset { get; set; }
    public required string HeadersJson { get; set; }
    public DateTime FetchedAt { get; set; }
    public int Length { get; set; }
    public required byte[] Body { get; set; }
}

/// <summary>The stored form of an <see cref="Articles.Article"/>; one per submission.</summary>
public sealed class ArticleRow
{
    public long SubmissionId { get; set; }
    public string? Title { get; set; }
    public string? Authors { get; set; }

    /// <summary>ISO 8601 with the page's own offset, which a UTC column would lose.</summary>
    public string? Published { get; set; }

    public string? Modified { get; set; }
    public string? SiteName { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
    public string? CanonicalUrl { get; set; }
    public string? Lead { get; set; }
    public required string Text { get; set; }
    public required string BlocksJson { get; set; }
    public required string CaptionsJson { get; set; }
    public DateTime ExtractedAt { get; set; }
}

/// <summary>The stored form of a <see cref="Claims.Claim"/>: queryable columns plus the whole claim as JSON.</summary>
public sealed class ClaimRow
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }
    public int Ordinal { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Text { get; set; }
    public required string Sentence { get; set; }
    public int SentenceStart { get; set; }
    public double Value { get; set; }
    public double? High { get; set; }
    public required string Unit { get; set; }
    public required string Dimension { get; set; }
    public double? Normalized { get; set; }
    public string? CanonicalUnit { get; set; }
    public string? Measure { get; set; }
    public string? Actors { get; set; }
    public string? PeriodText { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public required string Json { get; set; }
}

public enum FlagStatus
{
    Open,
    Confirmed,
    Dismissed,
}

/// <summary>
/// The stored form of a <see cref="Checks.Flag"/>. Keyed by its fingerprint within a submission, so a
/// re-run updates the row and keeps its review instead of adding a twin.
/// </summary>
public sealed class FlagRow
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }
    public required string Type { get; set; }
    public required string Severity { get; set; }
    public required string Message { get; set; }
    public required string Computation { get; set; }
    public required string ValuesJson { get; set; }
    public required string ClaimOrdinals { get; set; }
    public required string Fingerprint { get; set; }
    public FlagStatus Status { get; set; }

    /// <summary>False once the latest check run no longer raises it; kept so no review is lost.</summary>
    public bool IsCurrent { get; set; } = true;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Submission? Submission { get; set; }
    public List<Review> Reviews { get; set; } = [];
}

public enum ReviewDecision
{
    Confirm,
    Dismiss,
}

/// <summary>An editor's decision on a flag. Never updated: a new decision is a new row.</summary>
public sealed class Review
{
    public long Id { get; set; }
    public long FlagId { get; set; }
    public ReviewDecision Decision { get; set; }
    public string? Note { get; set; }
    public required string Reviewer { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A change to a submission's claims, in commit order. Each search node tails this table to keep its
/// own Lucene index current (see docs/decisions/0001-index-per-node.md).
/// </summary>
public sealed class IndexChange
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }
    public DateTime CreatedAt { get; set; }
}
