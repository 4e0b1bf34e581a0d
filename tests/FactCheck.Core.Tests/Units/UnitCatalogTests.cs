using FactCheck.Core.Claims;
using FactCheck.Core.Units;

namespace FactCheck.Core.Tests.Units;

public class UnitCatalogTests
{
    [Theory]
    [InlineData("km", "kilometre")]
    [InlineData("kilometers", "kilometre")]
    [InlineData("kilometres", "kilometre")]
    [InlineData("Kilometres", "kilometre")]
    [InlineData("mi", "mile")]
    [InlineData("miles", "mile")]
    [InlineData("mm", "millimetre")]
    [InlineData("tonnes", "metric ton")]
    [InlineData("t", "metric ton")]
    [InlineData("lbs", "pound")]
    [InlineData("GW", "gigawatt")]
    [InlineData("MWh", "megawatt hour")]
    [InlineData("km/h", "kilometre per hour")]
    [InlineData("mph", "mile per hour")]
    [InlineData("°C", "degree Celsius")]
    [InlineData("GB", "gigabyte")]
    [InlineData("litres", "litre")]
    [InlineData("gallons", "gallon")]
    [InlineData("barrels", "barrel")]
    public void Find_ReturnsEnglishName_ForSingularPluralAndAbbreviatedForms(string form, string name) =>
        Assert.Equal(name, UnitCatalog.Find(form, touching: false)?.Name);

    [Theory]
    [InlineData("kilometr")]
    [InlineData("gw2")]
    [InlineData("in")]
    public void Find_ReturnsNull_WhenFormIsNotAUnit(string form) => Assert.Null(UnitCatalog.Find(form, touching: false));

    [Fact]
    public void Find_AcceptsBareC_OnlyWhenTouchingTheDigits()
    {
        Assert.Null(UnitCatalog.Find("C", touching: false));
        Assert.Equal(Dimension.Temperature, UnitCatalog.Find("C", touching: true)?.Dimension);
    }

    [Theory]
    [InlineData("$", "USD")]
    [InlineData("US$", "USD")]
    [InlineData("€", "EUR")]
    [InlineData("£", "GBP")]
    [InlineData("¥", "JPY")]
    public void FindSymbol_ReturnsIsoCode_ForCurrencySymbols(string symbol, string iso) =>
        Assert.Equal(iso, CurrencyCatalog.FindSymbol(symbol)?.Iso);

    [Theory]
    [InlineData("yuan", "CNY")]
    [InlineData("rubles", "RUB")]
    [InlineData("roubles", "RUB")]
    [InlineData("hryvnias", "UAH")]
    [InlineData("euros", "EUR")]
    [InlineData("US dollars", "USD")]
    public void FindName_ReturnsIsoCode_ForCurrencyNames(string name, string iso) =>
        Assert.Equal(iso, CurrencyCatalog.FindName(name)?.Iso);
}
