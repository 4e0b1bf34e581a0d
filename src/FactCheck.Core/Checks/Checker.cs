namespace FactCheck.Core.Checks;

/// <summary>Runs every registered check over an article's claims and returns their flags in a stable order.</summary>
public sealed class Checker(IEnumerable<ICheck> checks)
{
    public IReadOnlyList<Flag> Run(CheckContext context)
    {
        var flags = checks.SelectMany(c => c.Run(context)).ToList();
        return Explained(flags)
            .OrderBy(f => f.ClaimOrdinals.Count > 0 ? f.ClaimOrdinals.Min() : int.MaxValue)
            .ThenBy(f => f.Type, StringComparer.Ordinal)
            // Two flags of one type can start at the same claim; the fingerprint settles their order.
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Drops a mixed-units flag whose claims are all covered by pair findings (unit confusion, conflicting
    /// values, bound conflicts): two statements of one quantity in two units are one finding, and the more
    /// specific one tells the editor what is wrong.
    /// </summary>
    private static IEnumerable<Flag> Explained(List<Flag> flags)
    {
        var paired = flags.Where(f => f.Type is FlagTypes.UnitConfusion or FlagTypes.ConflictingValues or FlagTypes.BoundConflict)
            .SelectMany(f => f.ClaimOrdinals)
            .ToHashSet();
        return paired.Count == 0
            ? flags
            : flags.Where(f => f.Type != FlagTypes.MixedUnits || !f.ClaimOrdinals.All(paired.Contains));
    }

    /// <summary>Every check. Those that use outside data (dataset links, other articles) raise nothing when the context has none.</summary>
    public static Checker Default() => new(
    [
        new MixedUnitsCheck(), new ConversionMismatchCheck(), new ConflictingValuesCheck(), new ArithmeticMismatchCheck(),
        new BoundConflictCheck(), new UnitConfusionCheck(), new UnverifiableCheck(), new DatasetMismatchCheck(), new CrossArticleConflictCheck(),
    ]);
}
