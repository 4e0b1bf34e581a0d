namespace FactCheck.Core.Linking;

/// <summary>
/// A dataset record as linking and checks see it: what it is about (dimension values with the names claims use),
/// its description ("partner: Russia; commodity: …"), when, how much, from which dataset version.
/// </summary>
public sealed record LinkedRecord(
    long RecordId,
    long VersionId,
    string Dataset,
    int Version,
    bool AsReported,
    string About,
    string Description,
    string Period,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    double Value,
    string Unit,
    string Dimension,
    double? Normalized,
    string? CanonicalUnit,
    int Line)
{
    /// <summary>What the record says, in one line: "partner: Russia; commodity: cable, 2025-06: 209,215 km".</summary>
    public string Statement =>
        $"{Description}, {Period}: {Value.ToString("#,##0.######", System.Globalization.CultureInfo.InvariantCulture)} {Unit}";

    /// <summary>The same row of the same dataset, in whatever version.</summary>
    public bool IsSameRowAs(LinkedRecord other) =>
        Dataset == other.Dataset && Description == other.Description && Period == other.Period;
}

/// <summary>
/// A claim tied to a record, with how sure linking is and why; or, with no record, the explicit outcome
/// "no matching record" and the reason.
/// </summary>
public sealed record ClaimLink(int ClaimOrdinal, LinkedRecord? Record, double Confidence, string Explanation)
{
    public bool IsLinked => Record is not null;
}
