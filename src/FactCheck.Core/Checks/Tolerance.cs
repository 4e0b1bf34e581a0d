using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// The one place that says which values a stated figure allows. Every check builds its
/// intervals here so that "is 116 km the same as 72 miles?" is answered the same way everywhere.
/// The rules, with examples, are in docs/checks.md.
/// </summary>
/// <remarks>
/// <para>
/// <b>Rounding</b>: written digits mean the figure was rounded to <see cref="Quantity.Step"/>,
/// so an exact "116 km" (step 1) is [115.5, 116.5] and "328,000 miles" (step 1,000) is
/// [327,500, 328,500]. A range "$11 to $12 million" is [low − step/2, high + step/2]. A figure that is
/// a single significant 1 followed by zeros ("100 km", step 100) is [95, 150]: below 100 the same
/// rounding has a step of 10, so 62 would have been written "60".
/// </para>
/// <para>
/// <b>Hedges</b> (<see cref="Of"/> only):
/// <list type="bullet">
/// <item><see cref="Hedge.Exact"/>: the rounding interval.</item>
/// <item><see cref="Hedge.Approximate"/> ("about", "nearly"): each end widened by
/// max(step/2, <see cref="ApproximateFraction"/> × |value|), i.e. ±10 %: "about 120 miles" is [108, 132].</item>
/// <item><see cref="Hedge.AtLeast"/> ("more than", "over"): [low − step/2, +∞). The rounding slack is
/// kept because "over 140" is often written from a figure rounded to the nearest ten.</item>
/// <item><see cref="Hedge.AtMost"/> ("up to", "under"): (floor, high + step/2], where floor is 0 for
/// magnitudes that cannot be negative (lengths, masses, counts …) and −∞ otherwise.</item>
/// </list>
/// </para>
/// <para>
/// <b>Units</b>: intervals are moved into the canonical unit by the factor
/// <see cref="Quantity.Normalized"/> / <see cref="Quantity.Value"/>, and between units by a ratio of
/// such factors. This only holds for units that differ by a factor, so <see cref="Dimension.Temperature"/>
/// (°F = 1.8 °C + 32) has no factor.
/// </para>
/// </remarks>
public static class Tolerance
{
    /// <summary>How far "about", "nearly", "roughly" may be from the truth: ±10 % of the figure.</summary>
    /// <remarks>
    /// Wide enough for a figure rounded to two significant digits ("about 60" for 55 is 9 % off)
    /// and for "nearly tenfold" from 9.2×, narrow enough that "about 120" never stands for 150.
    /// </remarks>
    public const double ApproximateFraction = 0.10;

    /// <summary>The rules above in a few words, for the computation an editor reads in a flag.</summary>
    internal const string Describe = "written digits ± half a step; about/nearly ±10 %; more than/up to open-ended";

    /// <summary>
    /// The values the written digits allow, ignoring any hedge, in the quantity's own unit:
    /// [value − step/2, (high ?? value) + step/2].
    /// </summary>
    public static Interval Rounding(Quantity quantity) =>
        new(Rounding(quantity.Value, quantity.Step).Low, Rounding(quantity.High ?? quantity.Value, quantity.Step).High);

    /// <summary>The values that round to <paramref name="value"/> at <paramref name="step"/>.</summary>
    public static Interval Rounding(double value, double step) =>
        new(value - LowHalf(value, step), value + (Math.Abs(step) / 2));

    /// <summary>The values the stated figure allows, rounding and hedge together, in its own unit.</summary>
    public static Interval Of(Quantity quantity)
    {
        var half = HalfStep(quantity);
        var lowHalf = LowHalf(quantity.Value, quantity.Step);
        var low = quantity.Value;
        var high = quantity.High ?? quantity.Value;
        return quantity.Hedge switch
        {
            Hedge.Approximate => new(
                low - Math.Max(lowHalf, ApproximateFraction * Math.Abs(low)),
                high + Math.Max(half, ApproximateFraction * Math.Abs(high))),
            Hedge.AtLeast => new(low - lowHalf, double.PositiveInfinity),
            Hedge.AtMost => new(IsMagnitude(quantity.Dimension) ? 0 : double.NegativeInfinity, high + half),
            _ => new(low - lowHalf, high + half),
        };
    }

    /// <summary>
    /// The factor that takes the quantity's own unit to its canonical unit (1.609344 for miles to km);
    /// null when the extractor gave no normalised value or the unit is not a plain multiple (temperature).
    /// </summary>
    public static double? CanonicalFactor(Quantity quantity)
    {
        if (quantity.Dimension == Dimension.Temperature || quantity.Normalized is not { } normalized)
        {
            return null;
        }

        if (quantity.Value != 0)
        {
            return normalized / quantity.Value;
        }

        return quantity is { High: { } high, NormalizedHigh: { } normalizedHigh } && high != 0
            ? normalizedHigh / high
            : null;
    }

    /// <summary>Moves an interval in the quantity's own unit into its canonical unit.</summary>
    public static Interval? ToCanonical(Quantity quantity, Interval interval) =>
        CanonicalFactor(quantity) is { } factor ? interval.Scale(factor) : null;

    /// <summary>
    /// Half the step of a figure rounded to two significant digits: 5 for 190, 0.05 for 9.3.
    /// Journalists often round a conversion this far when the original is itself hedged.
    /// </summary>
    public static double TwoSignificantFiguresHalfStep(double value)
    {
        if (value == 0 || double.IsInfinity(value))
        {
            return 0;
        }

        var exponent = Math.Floor(Math.Log10(Math.Abs(value))) - 1;
        return Math.Pow(10, exponent) / 2;
    }

    private static double HalfStep(Quantity quantity) => Math.Abs(quantity.Step) / 2;

    /// <summary>
    /// Rounding slack below the low end. A figure of one significant digit 1 ("100", "1 million")
    /// has a finer step below it: 96 rounds to "100" but 62 rounds to "60", so "100" is [95, 150], not [50, 150].
    /// </summary>
    private static double LowHalf(double value, double step)
    {
        step = Math.Abs(step);
        return value > 0 && Math.Abs(value - step) <= step * 1e-9 ? step / 20 : step / 2;
    }

    /// <summary>Dimensions whose values are never negative, so "up to" starts at zero.</summary>
    public static bool IsMagnitude(Dimension dimension) => dimension is Dimension.Count or Dimension.Length
        or Dimension.Mass or Dimension.Volume or Dimension.Area or Dimension.Speed or Dimension.Energy
        or Dimension.Power or Dimension.Duration or Dimension.Information or Dimension.Multiplier;
}
