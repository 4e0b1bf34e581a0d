namespace FactCheck.Core.Checks;

/// <summary>A value and its stated conversion that disagree beyond the rounding their digits allow.</summary>
public sealed class ConversionMismatchCheck : ICheck
{
    public string Type => FlagTypes.ConversionMismatch;

    public IEnumerable<Flag> Run(CheckContext context) => throw new NotImplementedException();
}
