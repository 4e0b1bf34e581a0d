namespace FactCheck.Core.Checks;

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
