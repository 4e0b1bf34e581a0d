namespace FactCheck.Core.Checks;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>What a check raised. Everything an editor needs to reproduce it travels with it.</summary>
public sealed record Flag
{
    /// <summary>Stable type id, e.g. "mixed-units" (see <see cref="FlagTypes"/>).</summary>
    public required string Type { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>One plain-English sentence.</summary>
    public required string Message { get; init; }

    /// <summary>Ordinals of the claims involved.</summary>
    public required IReadOnlyList<int> ClaimOrdinals { get; init; }

    /// <summary>The normalised values side by side.</summary>
    public IReadOnlyList<FlagValue> Values { get; init; } = [];

    /// <summary>The formula and tolerance that produced the flag.</summary>
    public required string Computation { get; init; }

    /// <summary>
    /// Identifies the same finding across re-runs, so re-checking an article neither duplicates a flag
    /// nor loses its review. Built from the type and the claims' surface text, not their positions.
    /// </summary>
    public required string Fingerprint { get; init; }
}

/// <summary>One figure in a flag: a label ("May"), the figure as stated and normalised.</summary>
public sealed record FlagValue(string Label, string Stated, string Normalized);

public static class FlagTypes
{
    public const string MixedUnits = "mixed-units";
    public const string ConversionMismatch = "conversion-mismatch";
    public const string ConflictingValues = "conflicting-values";
    public const string ArithmeticMismatch = "arithmetic-mismatch";
    public const string BoundConflict = "bound-conflict";
    public const string UnitConfusion = "unit-confusion";
    public const string Unverifiable = "unverifiable";
    public const string DatasetMismatch = "dataset-mismatch";
    public const string CrossArticleConflict = "cross-article-conflict";
}
