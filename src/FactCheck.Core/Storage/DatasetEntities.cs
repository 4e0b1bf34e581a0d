namespace FactCheck.Core.Storage;

/// <summary>A named table of statistics from a publisher. Each import adds a <see cref="DatasetVersionRow"/>.</summary>
public sealed class DatasetRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Publisher { get; set; }
    public string? SourceUrl { get; set; }
    public string? Licence { get; set; }

    /// <summary>Figures as a source reported them, not an official table.</summary>
    public bool AsReported { get; set; }

    public DateTime CreatedAt { get; set; }
    public List<DatasetVersionRow> Versions { get; set; } = [];
}

/// <summary>One import of a dataset; records belong to exactly one version and are never changed.</summary>
public sealed class DatasetVersionRow
{
    public long Id { get; set; }
    public long DatasetId { get; set; }
    public int Version { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public DateTime ImportedAt { get; set; }
    public required string FileName { get; set; }

    /// <summary>SHA-256 of the imported file, lowercase hex.</summary>
    public required string FileHash { get; set; }

    public required string MappingJson { get; set; }
    public int Rows { get; set; }
    public int Records { get; set; }
    public int MissingValues { get; set; }

    /// <summary>When a job server took up re-checking the claims linked to older versions; a lease, renewed by finishing.</summary>
    public DateTime? RelinkStartedAt { get; set; }

    /// <summary>When the claims linked to older versions were re-linked and re-checked against this one.</summary>
    public DateTime? RelinkedAt { get; set; }

    /// <summary>What the re-check changed, in a sentence.</summary>
    public string? RelinkSummary { get; set; }

    public DatasetRow? Dataset { get; set; }
}

/// <summary>One row of a dataset version: what it is about, the period, the value and its unit.</summary>
public sealed class RecordRow
{
    public long Id { get; set; }
    public long VersionId { get; set; }

    /// <summary>The line of the source file, for an editor checking the record against the file.</summary>
    public int Line { get; set; }

    public required string DimensionsJson { get; set; }

    /// <summary>"country: Russia; commodity: fiber-optic cable", for display and search.</summary>
    public required string DimensionText { get; set; }

    public required string PeriodText { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public double Value { get; set; }
    public required string Unit { get; set; }
    public required string Dimension { get; set; }
    public double? Normalized { get; set; }
    public string? CanonicalUnit { get; set; }
    public string? Footnote { get; set; }
}

public enum LinkStatus
{
    /// <summary>Made by the linker; replaced whenever the claim is linked again.</summary>
    Auto,

    /// <summary>The linker found no record good enough; kept so "no matching record" is an explicit outcome.</summary>
    None,

    /// <summary>An editor confirmed the record; re-links keep it (following the record into newer versions).</summary>
    Confirmed,

    /// <summary>An editor said the record is not what the claim is about; re-links leave the claim unlinked.</summary>
    Removed,

    /// <summary>An editor chose another record for the claim; re-links keep that choice (following the record into newer versions).</summary>
    Replaced,
}

/// <summary>A claim tied to a dataset record (or explicitly to none), with confidence and explanation.</summary>
public sealed class LinkRow
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }
    public int ClaimOrdinal { get; set; }
    public long? RecordId { get; set; }
    public long? VersionId { get; set; }
    public LinkStatus Status { get; set; }
    public double Confidence { get; set; }
    public required string Explanation { get; set; }

    /// <summary>What the record says, kept with the link so the evidence reads the same after newer versions land.</summary>
    public string? Dataset { get; set; }

    public int? Version { get; set; }
    public string? RecordSays { get; set; }

    /// <summary>The claim's figure allows the record's value (no dataset-mismatch).</summary>
    public bool? Consistent { get; set; }

    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? Note { get; set; }

    public bool IsEditorDecision => Status is LinkStatus.Confirmed or LinkStatus.Removed or LinkStatus.Replaced;

    /// <summary>The claim stands linked to a record: the linker's, or one an editor confirmed or chose.</summary>
    public bool IsLinked => Status is LinkStatus.Auto or LinkStatus.Confirmed or LinkStatus.Replaced;

    public DateTime CreatedAt { get; set; }
}
