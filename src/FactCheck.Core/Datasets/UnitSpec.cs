using FactCheck.Core.Claims;

namespace FactCheck.Core.Datasets;

/// <summary>A table's unit ("thousand tonnes", "million USD", "TWh", "%") as the factor to the claim side's canonical unit.</summary>
public sealed record UnitSpec(string Text, string Unit, Dimension Dimension, double Scale, double? Factor, string? CanonicalUnit)
{
    private static readonly QuantityExtractor Extractor = new();

    /// <summary>
    /// Reads the unit with the same extractor claims go through, so a record and a claim in "the same" unit
    /// normalise identically: "million USD" is read as "1 million USD".
    /// </summary>
    public static UnitSpec? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        foreach (var probe in new[] { $"1 {trimmed}", $"1{trimmed}", $"{trimmed}1" })
        {
            var found = Extractor.Extract(probe);
            if (found.Count == 1 && found[0].Start == 0 && found[0].End == probe.Length && found[0].Dimension != Dimension.None)
            {
                var q = found[0];
                return new UnitSpec(trimmed, q.Unit, q.Dimension, q.Value, q.Normalized, q.CanonicalUnit);
            }
        }

        // A count of something ("drone makers", "people"), or a unit the extractor does not know: kept, not normalised.
        return new UnitSpec(trimmed, trimmed, Dimension.Count, 1, 1, null);
    }

    /// <summary>The value in the canonical unit of its dimension.</summary>
    public double? Normalize(double value) => Factor is { } f ? value * f : null;
}
