namespace FactCheck.Core.Checks;

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
