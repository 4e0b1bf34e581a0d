using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Checks;

public class ToleranceTests
{
    [Theory]
    [InlineData("116 km", 115.5, 116.5)]
    [InlineData("328,000 miles", 327_500, 328_500)]
    [InlineData("9.3 miles", 9.25, 9.35)]
    [InlineData("11 to 12 million", 10_500_000, 12_500_000)]
    public void Of_IsHalfAStepEachSide_WhenExact(string text, double low, double high) =>
        AssertInterval(low, high, Tolerance.Of(ClaimBuilder.Parse(text, 0)));

    [Fact]
    public void Of_StartsAtNinetyFive_WhenOneSignificantDigitOfPowerOfTen()
    {
        // 62 would be written "60", so "100" cannot reach down to 50.
        AssertInterval(95, 150, Tolerance.Of(ClaimBuilder.Parse("100 km", 0)));
    }

    [Fact]
    public void Of_IsTenPercentEachSide_WhenApproximate() =>
        AssertInterval(108, 132, Tolerance.Of(ClaimBuilder.Parse("about 120 miles", 0)));

    [Fact]
    public void Of_KeepsHalfStep_WhenApproximateAndStepIsWiderThanTenPercent() =>
        AssertInterval(2.5, 3.5, Tolerance.Of(ClaimBuilder.Parse("about 3 km", 0)));

    [Fact]
    public void Of_IsOpenAbove_WhenAtLeast()
    {
        var interval = Tolerance.Of(ClaimBuilder.Parse("more than 140 km", 0));

        Assert.Equal(135, interval.Low, 9);
        Assert.True(double.IsPositiveInfinity(interval.High));
    }

    [Fact]
    public void Of_StartsAtZero_WhenAtMostAndMagnitude() =>
        AssertInterval(0, 15.5, Tolerance.Of(ClaimBuilder.Parse("up to 15 kilometres", 0)));

    [Fact]
    public void Rounding_IgnoresHedge_WhenApproximate() =>
        AssertInterval(115, 125, Tolerance.Rounding(ClaimBuilder.Parse("about 120 miles", 0)));

    [Fact]
    public void ToCanonical_ScalesByNormalisedFactor_WhenMiles()
    {
        var miles = ClaimBuilder.Parse("72 miles", 0);

        var interval = Tolerance.ToCanonical(miles, Tolerance.Rounding(miles));

        Assert.NotNull(interval);
        AssertInterval(71.5 * 1.609344, 72.5 * 1.609344, interval.Value);
    }

    [Fact]
    public void CanonicalFactor_IsNull_WhenTemperature()
    {
        var celsius = new Quantity
        {
            Text = "20C", Start = 0, End = 3, Value = 20, Unit = "degree Celsius",
            Dimension = Dimension.Temperature, Normalized = 20, CanonicalUnit = "°C",
        };

        Assert.Null(Tolerance.CanonicalFactor(celsius));
    }

    [Theory]
    [InlineData(193.1, 5)]
    [InlineData(9.32, 0.05)]
    [InlineData(527_865, 5_000)]
    public void TwoSignificantFiguresHalfStep_IsHalfTheSecondDigit(double value, double half) =>
        Assert.Equal(half, Tolerance.TwoSignificantFiguresHalfStep(value), 9);

    [Fact]
    public void Interval_Gap_IsZero_WhenOverlapping()
    {
        Assert.Equal(0, new Interval(1, 3).Gap(new Interval(2, 5)));
        Assert.Equal(2, new Interval(1, 3).Gap(new Interval(5, 6)), 9);
    }

    private static void AssertInterval(double low, double high, Interval actual)
    {
        Assert.Equal(low, actual.Low, 6);
        Assert.Equal(high, actual.High, 6);
    }
}
