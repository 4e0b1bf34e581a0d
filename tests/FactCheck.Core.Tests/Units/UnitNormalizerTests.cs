using FactCheck.Core.Claims;
using FactCheck.Core.Units;

namespace FactCheck.Core.Tests.Units;

public class UnitNormalizerTests
{
    [Theory]
    [InlineData("mile", 1, 1.609344, "km")]
    [InlineData("kilometres", 1, 1, "km")]
    [InlineData("metric tons", 1, 1000, "kg")]
    [InlineData("tonnes", 2, 2000, "kg")]
    [InlineData("litres", 1000, 1, "m³")]
    [InlineData("barrels", 1, 0.158987294928, "m³")]
    [InlineData("square miles", 1, 2.589988110336, "km²")]
    [InlineData("mph", 1, 1.609344, "km/h")]
    [InlineData("MWh", 1, 1000, "kWh")]
    [InlineData("GW", 1, 1000000, "kW")]
    [InlineData("weeks", 1, 168, "h")]
    [InlineData("GB", 1, 1e9, "B")]
    public void Normalize_ConvertsToCanonicalUnit_WhenUnitIsLinear(string form, double value, double expected, string symbol)
    {
        var unit = UnitCatalog.Find(form, touching: false);
        Assert.NotNull(unit);
        var (normalized, canonical) = UnitNormalizer.Normalize(value, unit);
        Assert.Equal(expected, normalized!.Value, 6);
        Assert.Equal(symbol, canonical);
    }

    [Fact]
    public void Normalize_AppliesOffset_WhenUnitIsFahrenheit()
    {
        var unit = UnitCatalog.Find("°F", touching: true);
        Assert.Equal(0, UnitNormalizer.Normalize(32, unit).Value!.Value, 9);
    }

    [Fact]
    public void Normalize_KeepsValueAndCurrencyCode_WhenUnitIsCurrency()
    {
        var (value, code) = UnitNormalizer.Normalize(54e6, CurrencyCatalog.FindSymbol("€"));
        Assert.Equal((54e6, "EUR"), (value!.Value, code));
    }

    [Fact]
    public void Normalize_ReturnsValueWithoutUnit_WhenNumberIsBare() =>
        Assert.Equal((5.0, (string?)null), (UnitNormalizer.Normalize(5, null).Value!.Value, UnitNormalizer.Normalize(5, null).Symbol));

    [Theory]
    [InlineData(Dimension.Length, "km")]
    [InlineData(Dimension.Mass, "kg")]
    [InlineData(Dimension.Volume, "m³")]
    [InlineData(Dimension.Area, "km²")]
    [InlineData(Dimension.Speed, "km/h")]
    [InlineData(Dimension.Energy, "kWh")]
    [InlineData(Dimension.Power, "kW")]
    [InlineData(Dimension.Duration, "h")]
    [InlineData(Dimension.Temperature, "°C")]
    [InlineData(Dimension.Information, "B")]
    [InlineData(Dimension.Percentage, "%")]
    public void CanonicalSymbol_ReturnsOneSymbolPerDimension(Dimension dimension, string symbol) =>
        Assert.Equal(symbol, UnitNormalizer.CanonicalSymbol(dimension));
}
