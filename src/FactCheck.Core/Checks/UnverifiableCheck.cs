namespace FactCheck.Core.Checks;

/// <summary>
/// A comparison whose base is not in the article ("grew nearly tenfold between July and August" with no
/// July figure). Severity info: nothing is wrong yet, but the editor knows what to ask the reporter for.
/// </summary>
public sealed class UnverifiableCheck : ICheck
{
    public string Type => FlagTypes.Unverifiable;

    public IEnumerable<Flag> Run(CheckContext context) =>
        Relations.Find(context).Where(f => f.Type == Type).Select(ArithmeticMismatchCheck.ToFlag);
}
