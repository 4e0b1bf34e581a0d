using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// A value and its stated conversion that disagree beyond the rounding their digits allow:
/// "40 miles (80 km)" is flagged, "72 miles (116 km)" is not.
/// </summary>
/// <remarks>
/// <para>
/// The original's <see cref="Tolerance.Rounding"/> interval is converted into the conversion's unit
/// and must overlap the conversion's own rounding interval. Hedges are deliberately not widened by
/// <see cref="Tolerance.ApproximateFraction"/>: "about" describes the world, which both figures share,
/// while the conversion is arithmetic on the written number. Widening "more than 100 miles" to
/// [100, ∞) would let "(500 km)" pass.
/// </para>
/// <para>
/// When either figure is hedged the conversion may also be rounded to two significant digits
/// ("about 120 miles (190 km)"), since writers round a conversion no finer than the original's vagueness.
/// </para>
/// <para>
/// Severity: <see cref="Severity.Warning"/> when the stated conversion is within
/// <see cref="CloseFraction"/> of the exact one (a slip such as × 1.6 for miles), else <see cref="Severity.Error"/>.
/// Only dimensions whose units differ by a fixed factor are checked: currency conversions depend on
/// a date's exchange rate and temperatures on an offset.
/// </para>
/// </remarks>
public sealed class ConversionMismatchCheck : ICheck
{
    /// <summary>Relative distance between exact and stated conversion up to which a mismatch is only a warning.</summary>
    public const double CloseFraction = 0.05;

    public string Type => FlagTypes.ConversionMismatch;

    public IEnumerable<Flag> Run(CheckContext context) =>
        context.Claims.OrderBy(c => c.Ordinal).Select(Check).OfType<Flag>();

    private Flag? Check(Claim claim)
    {
        if (claim is not { Quantity: var original, Conversion: { } stated }
            || original.Dimension != stated.Dimension
            || !IsFixedFactor(original.Dimension)
            || original.CanonicalUnit != stated.CanonicalUnit
            || Tolerance.CanonicalFactor(original) is not { } originalFactor
            || Tolerance.CanonicalFactor(stated) is not { } statedFactor
            || statedFactor == 0)
        {
            return null;
        }

        // Work in the conversion's unit so the numbers in the flag are the ones the reader sees.
        var factor = originalFactor / statedFactor;
        var hedged = original.Hedge != Hedge.Exact || stated.Hedge != Hedge.Exact;

        var from = Figures.Symbol(original.Unit);
        var unit = Figures.Symbol(stated.Unit);
        var mismatches = Ends(original, stated)
            .Select(end => Compare(end, stated.Step, factor, hedged))
            // Float noise at a shared bound ("1 km (1,000 m)") must not count as a gap.
            .Where(c => c.Gap > 1e-9 * Math.Max(1, Math.Abs(c.End.StatedValue)))
            .ToList();
        if (mismatches.Count == 0)
        {
            return null;
        }

        var said = Figures.Stated(original);
        var exact = original.High is { } high
            ? $"{Format(original.Value * factor, stated.Step)}–{Format(high * factor, stated.Step)} {unit}"
            : $"{Format(original.Value * factor, stated.Step)} {unit}";

        return new Flag
        {
            Type = Type,
            Severity = mismatches.Max(c => c.Relative) <= CloseFraction ? Severity.Warning : Severity.Error,
            Message = $"{said} converts to {exact}, stated {Figures.Stated(stated)}.",
            ClaimOrdinals = [claim.Ordinal],
            Values =
            [
                new FlagValue("original", said, exact),
                new FlagValue("conversion", Figures.Stated(stated), Figures.Stated(stated)),
            ],
            Computation = string.Join("; ", mismatches.Select(m => Explain(m, from, unit, factor, stated.Step))),
            Fingerprint = Fingerprint.For(Type, [claim], claim.Measure),
        };
    }

    /// <summary>Pairs the ends to compare: low with low and high with high when both are ranges.</summary>
    private static IEnumerable<End> Ends(Quantity original, Quantity stated)
    {
        if (original.High is { } high && stated.High is { } statedHigh)
        {
            yield return new(original.Value, Tolerance.Rounding(original.Value, original.Step),
                stated.Value, Tolerance.Rounding(stated.Value, stated.Step));
            yield return new(high, Tolerance.Rounding(high, original.Step),
                statedHigh, Tolerance.Rounding(statedHigh, stated.Step));
        }
        else
        {
            // A range against a single figure: the whole intervals must meet.
            yield return new((original.Value + (original.High ?? original.Value)) / 2, Tolerance.Rounding(original),
                (stated.Value + (stated.High ?? stated.Value)) / 2, Tolerance.Rounding(stated));
        }
    }

    private static Comparison Compare(End end, double statedStep, double factor, bool hedged)
    {
        var converted = end.Original.Scale(factor);
        var accepted = end.Stated;
        var reason = "by the stated digits";
        var twoDigits = Tolerance.TwoSignificantFiguresHalfStep(end.StatedValue);
        if (hedged && twoDigits > Math.Abs(statedStep) / 2)
        {
            accepted = new(
                Math.Min(accepted.Low, end.StatedValue - twoDigits),
                Math.Max(accepted.High, end.StatedValue + twoDigits));
            reason = "for rounding to two significant digits";
        }

        var exact = end.OriginalValue * factor;
        var relative = exact == 0 ? double.PositiveInfinity : Math.Abs(end.StatedValue - exact) / Math.Abs(exact);
        return new(end, converted, accepted, reason, converted.Gap(accepted), relative);
    }

    private static string Explain(Comparison c, string from, string unit, double factor, double statedStep)
    {
        var below = c.End.StatedValue - c.Accepted.Low;
        var above = c.Accepted.High - c.End.StatedValue;
        var allowed = Math.Abs(below - above) <= 1e-9 * Math.Max(1, Math.Abs(above))
            ? $"±{Figures.Plain(above)} {unit}"
            : $"{Figures.Plain(c.Accepted.Low)}–{Figures.Plain(c.Accepted.High)} {unit}";
        var text = $"{Figures.Plain(c.End.OriginalValue)} {from} × {Figures.Plain(factor)} = "
            + $"{Figures.Number(c.End.OriginalValue * factor, Figures.StepDecimals(statedStep) + 1)} {unit}; "
            + $"stated {Figures.Plain(c.End.StatedValue)} {unit}; allowed {allowed} {c.Reason}";
        if (c.Gap > 0)
        {
            text += $"; {Figures.Plain(c.End.OriginalValue)} {from} as written is "
                + $"{Figures.Plain(c.End.Original.Low)}–{Figures.Plain(c.End.Original.High)} {from}, i.e. "
                + $"{Format(c.Converted.Low, statedStep)}–{Format(c.Converted.High, statedStep)} {unit}, "
                + $"{Format(c.Gap, statedStep)} {unit} outside the allowed range";
        }

        return text;
    }

    private static string Format(double value, double step) =>
        Figures.Number(value, Figures.ComputedDecimals(value, step));

    private static bool IsFixedFactor(Dimension dimension) => dimension is Dimension.Length or Dimension.Mass
        or Dimension.Volume or Dimension.Area or Dimension.Speed or Dimension.Energy or Dimension.Power
        or Dimension.Duration or Dimension.Information;

    private sealed record End(double OriginalValue, Interval Original, double StatedValue, Interval Stated);

    private sealed record Comparison(End End, Interval Converted, Interval Accepted, string Reason, double Gap, double Relative);
}
