namespace FactCheck.Core.Checks;

/// <summary>Runs every registered check over an article's claims and returns their flags in a stable order.</summary>
public sealed class Checker(IEnumerable<ICheck> checks)
{
    public IReadOnlyList<Flag> Run(CheckContext context) =>
        checks.SelectMany(c => c.Run(context))
            .OrderBy(f => f.ClaimOrdinals.Count > 0 ? f.ClaimOrdinals.Min() : int.MaxValue)
            .ThenBy(f => f.Type, StringComparer.Ordinal)
            // Two flags of one type can start at the same claim; the fingerprint settles their order.
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every check. Those that use outside data (dataset links) raise nothing when the context has none.</summary>
    public static Checker Default() => new([new MixedUnitsCheck(), new ConversionMismatchCheck(), new DatasetMismatchCheck()]);
}
