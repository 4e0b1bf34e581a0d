using FactCheck.Core.Claims;
using FactCheck.Core.Datasets;

namespace FactCheck.Core.Tests.Datasets;

public class PeriodAndUnitTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2025-08", "2025-08-01", "2025-08-31")]
    [InlineData("Aug 2025", "2025-08-01", "2025-08-31")]
    [InlineData("2025Q3", "2025-07-01", "2025-09-30")]
    [InlineData("Q1 2024", "2024-01-01", "2024-03-31")]
    [InlineData("2025-06-14", "2025-06-14", "2025-06-14")]
    public void PeriodParse_GivesTheDateRange_WhenCellIsAPeriod(string cell, string from, string to)
    {
        var period = PeriodParser.Parse(cell);

        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("12")]
    [InlineData("2025-13")]
    public void PeriodParse_GivesNull_WhenCellIsNotAPeriod(string cell) => Assert.Null(PeriodParser.Parse(cell));

    [Theory]
    [InlineData("million USD", Dimension.Currency, 54, 54_000_000, "USD")]
    [InlineData("thousand tonnes", Dimension.Mass, 2, 2_000_000, "kg")]
    [InlineData("km", Dimension.Length, 209_215, 209_215, "km")]
    [InlineData("miles", Dimension.Length, 100, 160.9344, "km")]
    public void UnitSpecNormalize_ScalesToTheCanonicalUnit_WhenUnitHasScaleWords(string unit, Dimension dimension, double value, double normalized, string canonical)
    {
        var spec = UnitSpec.Parse(unit);

        Assert.NotNull(spec);
        Assert.Equal(dimension, spec.Dimension);
        Assert.Equal(canonical, spec.CanonicalUnit);
        Assert.Equal(normalized, spec.Normalize(value)!.Value, 6);
    }
}
