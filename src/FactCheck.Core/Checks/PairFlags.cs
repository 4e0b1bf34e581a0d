namespace FactCheck.Core.Checks;

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
