using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>Rules added while scoring against the shared sets; every sentence here is our own.</summary>
public class QuantityExtractorRuleTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Theory]
    [InlineData("The memorial opened in 2011 9/11 families attended.")]
    [InlineData("Reviews since 2005 24/7 coverage began were kind.")]
    public void Extract_FindsNothing_WhenYearPrecedesDateLikeFraction(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_ReadsMixedFraction_WhenDenominatorIsCommon() =>
        Assert.Equal(3.75, Assert.Single(Extractor.Extract("The board is 3 3/4 inches thick.")).Value, 9);
}
