using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// The same quantity (measure, actors, period, rate, scope) stated twice with values that cannot both
/// hold after rounding and hedges: "exports reached $5.2 billion in 2024" and later "$6.1 billion in 2024".
/// A headline or standfirst that is part of the text counts like any other sentence.
/// </summary>
/// <remarks>Pairs are found by <see cref="SameQuantity"/>; the rules are in docs/checks.md.</remarks>
public sealed class ConflictingValuesCheck : ICheck
{
    public string Type => FlagTypes.ConflictingValues;

    public IEnumerable<Flag> Run(CheckContext context) =>
        SameQuantity.Find(context).Where(d => d.Type == Type).Select(d => PairFlags.ToFlag(d, Severity.Error,
            $"{Subject(d.First)} is given as {d.First.Quantity.Text} and as {d.Second.Quantity.Text}; both cannot be right."));

    internal static string Subject(Claim claim)
    {
        var measure = SameQuantity.MeasureOf(claim)?.Trim() is { Length: > 0 } m ? m : "the figure";
        var who = claim.Actors.Count > 0 ? $" ({string.Join(", ", claim.Actors)})" : "";
        var when = claim.Period?.Text is { Length: > 0 } p ? $" for {p.Trim().TrimEnd('.')}" : "";
        return char.ToUpperInvariant(measure[0]) + measure[1..] + who + when;
    }
}

/// <summary>
/// Bounds or ranges for the same quantity that cannot both hold: "up to 15 km" against "a 12-mile range"
/// for the same drones, "more than 500 jobs" against "fewer than 400 jobs".
/// </summary>
public sealed class BoundConflictCheck : ICheck
{
    public string Type => FlagTypes.BoundConflict;

    public IEnumerable<Flag> Run(CheckContext context) =>
        SameQuantity.Find(context).Where(d => d.Type == Type).Select(d => PairFlags.ToFlag(d, Severity.Warning,
            $"{ConflictingValuesCheck.Subject(d.First)} is bounded by {d.First.Quantity.Text} and by {d.Second.Quantity.Text}; the two ranges do not meet."));
}

/// <summary>
/// A figure that matches another figure of the same quantity only under a wrong unit or scale:
/// "500 km" where the same distance is "500 miles" elsewhere; "$1.2 million" against "$1.2 billion".
/// </summary>
public sealed class UnitConfusionCheck : ICheck
{
    public string Type => FlagTypes.UnitConfusion;

    public IEnumerable<Flag> Run(CheckContext context) =>
        SameQuantity.Find(context).Where(d => d.Type == Type).Select(d => PairFlags.ToFlag(d, Severity.Error,
            $"{ConflictingValuesCheck.Subject(d.First)} is {d.First.Quantity.Text} here and {d.Second.Quantity.Text} elsewhere: the same number under a different unit or scale."));
}

/// <summary>Builds the flag for a pair found by <see cref="SameQuantity"/>.</summary>
internal static class PairFlags
{
    public static Flag ToFlag(SameQuantity.Disagreement d, Severity severity, string message)
    {
        var gap = d.FirstInterval.Gap(d.SecondInterval);
        var computation =
            $"{d.First.Quantity.Text} allows {SameQuantity.Range(d.FirstInterval, d.Unit)}; "
            + $"{d.Second.Quantity.Text} allows {SameQuantity.Range(d.SecondInterval, d.Unit)}; "
            + $"{Figures.Number(gap, Figures.ComputedDecimals(gap, 0))} {d.Unit} apart after rounding and hedges ({Tolerance.Describe}); {d.Reason}";
        return new Flag
        {
            Type = d.Type,
            Severity = severity,
            Message = message,
            ClaimOrdinals = [d.First.Ordinal, d.Second.Ordinal],
            Values = [SameQuantity.Value(d.First, d.Unit), SameQuantity.Value(d.Second, d.Unit)],
            Computation = computation,
            Fingerprint = Fingerprint.For(d.Type, [d.First, d.Second], SameQuantity.MeasureKey(SameQuantity.MeasureOf(d.First))),
        };
    }
}
