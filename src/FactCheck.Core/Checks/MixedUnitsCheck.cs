namespace FactCheck.Core.Checks;

/// <summary>One series of the same measure reported in different units of one dimension.</summary>
public sealed class MixedUnitsCheck : ICheck
{
    public string Type => FlagTypes.MixedUnits;

    public IEnumerable<Flag> Run(CheckContext context) => throw new NotImplementedException();
}
