namespace FactCheck.Core.Claims;

/// <summary>Finds every quantity in a text. Pure and thread-safe.</summary>
public sealed class QuantityExtractor
{
    public IReadOnlyList<Quantity> Extract(string text) => throw new NotImplementedException();
}
