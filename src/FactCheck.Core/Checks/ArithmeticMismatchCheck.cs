namespace FactCheck.Core.Checks;

/// <summary>
/// A relation the article states between its own figures that the figures contradict: n-fold,
/// doubled/halved, percent change, percentage points, differences ("3,000 more than"), shares
/// ("half of the 90 firms, or 30") and totals ("A, B and C, totalling D").
/// </summary>
/// <remarks>Relations are read by <see cref="Relations"/>; the rules are in docs/checks.md.</remarks>
public sealed class ArithmeticMismatchCheck : ICheck
{
    public string Type => FlagTypes.ArithmeticMismatch;

    public IEnumerable<Flag> Run(CheckContext context) =>
        Relations.Find(context).Where(f => f.Type == Type).Select(ToFlag);

    internal static Flag ToFlag(Relations.Finding finding) => new()
    {
        Type = finding.Type,
        Severity = finding.Severity,
        Message = finding.Message,
        ClaimOrdinals = finding.Claims.Select(c => c.Ordinal).Distinct().Order().ToList(),
        Values = finding.Values,
        Computation = finding.Computation,
        Fingerprint = Fingerprint.For(finding.Type, finding.Claims.Distinct(), SameQuantity.MeasureKey(finding.Measure)),
    };
}
