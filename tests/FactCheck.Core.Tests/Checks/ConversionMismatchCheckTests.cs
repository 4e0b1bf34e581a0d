using FactCheck.Core.Checks;

namespace FactCheck.Core.Tests.Checks;

public class ConversionMismatchCheckTests
{
    private readonly ConversionMismatchCheck _check = new();

    [Theory]
    [InlineData("72 miles", "116 km")]
    [InlineData("328,000 miles", "527,865 km")]
    [InlineData("about 120 miles", "190 km")]
    [InlineData("15 kilometres", "9.3 miles")]
    [InlineData("up to 15 kilometres", "9.3 miles")]
    [InlineData("116 km", "72 miles")]
    [InlineData("10 to 12 miles", "16 to 19 km")]
    [InlineData("2,000 pounds", "907 kg")]
    [InlineData("more than 100 miles", "160 km")]
    [InlineData("1.5 km", "1,500 metres")]
    public void Run_RaisesNothing_WhenConversionIsRight(string original, string conversion) =>
        Assert.Empty(Run(ClaimBuilder.Of(original).ConvertedTo(conversion)));

    [Fact]
    public void Run_RaisesNothing_WhenConversionIsWithinTheOriginalsRounding()
    {
        // 328,000 mi is 327,500–328,500 mi, i.e. 527,060–528,670 km, which meets 527,000 km (±500).
        Assert.Empty(Run(ClaimBuilder.Of("328,000 miles").ConvertedTo("527,000 km")));
    }

    [Theory]
    [InlineData("40 miles", "80 km")]
    [InlineData("100 km", "100 miles")]
    [InlineData("72 miles", "72 km")]
    [InlineData("328,000 miles", "600,000 km")]
    [InlineData("15 kilometres", "15 miles")]
    [InlineData("more than 100 miles", "500 km")]
    public void Run_RaisesError_WhenConversionIsFarOff(string original, string conversion)
    {
        var flag = Assert.Single(Run(ClaimBuilder.Of(original).ConvertedTo(conversion)));

        Assert.Equal(FlagTypes.ConversionMismatch, flag.Type);
        Assert.Equal(Severity.Error, flag.Severity);
    }

    [Fact]
    public void Run_RaisesWarning_WhenConversionIsClose()
    {
        // × 1.6 instead of × 1.609344: 0.6 % off, beyond the stated digits.
        var flag = Assert.Single(Run(ClaimBuilder.Of("328,000 miles").ConvertedTo("524,800 km")));

        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void Run_RaisesError_WhenHedgedConversionIsBeyondTwoSignificantDigits() =>
        Assert.Equal(Severity.Error, Assert.Single(Run(ClaimBuilder.Of("about 120 miles").ConvertedTo("150 km"))).Severity);

    [Fact]
    public void Run_RaisesWarning_WhenExactConversionIsRoundedToTwoDigits()
    {
        // Without a hedge the writer promised the digits: 193.1 km is not 190 km (±5 would need "about").
        var flag = Assert.Single(Run(ClaimBuilder.Of("123 miles").ConvertedTo("190 km")));

        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void Run_ComparesEachEnd_WhenBothAreRanges()
    {
        var flag = Assert.Single(Run(ClaimBuilder.Of("10 to 12 miles").ConvertedTo("16 to 25 km")));

        Assert.Contains("12 mi × 1.609344 = 19.3 km", flag.Computation, StringComparison.Ordinal);
        Assert.DoesNotContain("10 mi ×", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainsWithThousandsSeparators_WhenFlagged()
    {
        var claim = ClaimBuilder.Of("328,000 miles").ConvertedTo("600,000 km").At(3).Build();
        var flag = Assert.Single(_check.Run(ClaimBuilder.Context(claim)));

        Assert.Equal("328,000 mi converts to 527,865 km, stated 600,000 km.", flag.Message);
        Assert.Equal(
            "328,000 mi × 1.609344 = 527,864.8 km; stated 600,000 km; allowed ±50,000 km by the stated digits; "
            + "328,000 mi as written is 327,500–328,500 mi, i.e. 527,060–528,670 km, 21,330 km outside the allowed range",
            flag.Computation);
        Assert.Equal([3], flag.ClaimOrdinals);
        Assert.Equal(
            [new FlagValue("original", "328,000 mi", "527,865 km"), new FlagValue("conversion", "600,000 km", "600,000 km")],
            flag.Values);
    }

    [Fact]
    public void Run_ShowsTheAllowedRange_WhenStatedIsAPowerOfTen()
    {
        var flag = Assert.Single(Run(ClaimBuilder.Of("100 km").ConvertedTo("100 miles")));

        Assert.Equal("100 km converts to 62.1 mi, stated 100 mi.", flag.Message);
        Assert.StartsWith(
            "100 km × 0.621371 = 62.1 mi; stated 100 mi; allowed 95–150 mi by the stated digits; 100 km as written is 95–150 km",
            flag.Computation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IgnoresCurrency_WhenConversionNeedsAnExchangeRate()
    {
        var claim = ClaimBuilder.Of("$54 million").ConvertedTo("$12 million").Measure("lithium-ion batteries");

        Assert.Empty(Run(claim));
    }

    [Fact]
    public void Run_IgnoresConversion_WhenDimensionsDiffer() =>
        Assert.Empty(Run(ClaimBuilder.Of("72 miles").ConvertedTo("$12 million")));

    [Fact]
    public void Run_FlagsOnlyWrongPairs_WhenArticleMixesRightAndWrong()
    {
        var flags = Run(
            ClaimBuilder.Of("72 miles").ConvertedTo("116 km"),
            ClaimBuilder.Of("40 miles").ConvertedTo("80 km"),
            ClaimBuilder.Of("119,000 miles"));

        Assert.Equal([1], Assert.Single(flags).ClaimOrdinals);
    }

    private List<Flag> Run(params ClaimBuilder[] claims) => _check.Run(ClaimBuilder.Article(claims)).ToList();
}
