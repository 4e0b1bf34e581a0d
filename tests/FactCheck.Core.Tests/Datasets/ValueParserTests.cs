using FactCheck.Core.Datasets;

namespace FactCheck.Core.Tests.Datasets;

public class ValueParserTests
{
    [Theory]
    [InlineData("527,865", 527_865)]
    [InlineData("1,234,567.5", 1_234_567.5)]
    [InlineData("12 345", 12_345)]
    [InlineData("-3.5", -3.5)]
    [InlineData("(42)", -42)]
    [InlineData("0.28", 0.28)]
    [InlineData("1e6", 1_000_000)]
    public void Parse_ReadsTheNumber_WhenWrittenAsTablesDo(string cell, double expected)
    {
        var value = ValueParser.Parse(cell);

        Assert.Null(value.Error);
        Assert.Equal(expected, value.Number);
    }

    [Theory]
    [InlineData("1,234*", 1234, "*")]
    [InlineData("567 (p)", 567, "(p)")]
    [InlineData("89\u2020", 89, "\u2020")]
    [InlineData("42[3]", 42, "[3]")]
    public void Parse_KeepsTheFootnoteMark_WhenValueCarriesOne(string cell, double expected, string mark)
    {
        var value = ValueParser.Parse(cell);

        Assert.Equal(expected, value.Number);
        Assert.Equal(mark, value.Footnote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("x")]
    public void Parse_SaysMissing_WhenCellMeansNoData(string cell) => Assert.True(ValueParser.Parse(cell).Missing);

    [Theory]
    [InlineData("about 5")]
    [InlineData("12,34,5")]
    [InlineData("five")]
    [InlineData("3.4.5")]
    public void Parse_GivesAnError_WhenCellIsNotANumber(string cell)
    {
        var value = ValueParser.Parse(cell);

        Assert.Null(value.Number);
        Assert.False(value.Missing);
        Assert.Contains("is not a number", value.Error, StringComparison.Ordinal);
    }
}
