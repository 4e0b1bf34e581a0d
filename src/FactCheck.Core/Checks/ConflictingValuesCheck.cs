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
