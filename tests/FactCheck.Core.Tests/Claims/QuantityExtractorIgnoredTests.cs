using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>Numbers that are not quantities are still recognised, with what they are.</summary>
public class QuantityExtractorIgnoredTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Theory]
    [InlineData("The talks resume on 16 May in Geneva.", "16 May", NonQuantityKind.Date)]
    [InlineData("The market opened at 10:30 sharp.", "10:30", NonQuantityKind.Time)]
    [InlineData("The plant was built in 1998 by a German firm.", "1998", NonQuantityKind.Year)]
    [InlineData("She finished 3rd in the final standings.", "3", NonQuantityKind.Ordinal)]
    [InlineData("A 45-year-old man was arrested.", "45-year", NonQuantityKind.Age)]
    [InlineData("Call +44 20 7946 0958 for tickets.", "+44 20 7946 0958", NonQuantityKind.Phone)]
    [InlineData("An F-16 escorted the plane.", "16", NonQuantityKind.Identifier)]
    [InlineData("Rangers won 3-1 at home.", "3-1", NonQuantityKind.Score)]
    [InlineData("The survey ran between 12 and 15 March in four cities.", "12", NonQuantityKind.Date)]
    [InlineData("The plant logged 41 faults per 1,000 hours of running.", "1,000", NonQuantityKind.RateBase)]
    [InlineData("Pupils aged 11 to 16 sat the test last spring.", "11 to 16", NonQuantityKind.Age)]
    [InlineData("Residents should ring the council on 311 to report flooding.", "311", NonQuantityKind.Phone)]
    [InlineData("Officers are asking witnesses to quote incident 2207 when they get in touch.", "2207", NonQuantityKind.Reference)]
    [InlineData("UPDATE 3-Zinc slips as stocks build", "3", NonQuantityKind.Reference)]
    [InlineData("Memorials marked the 7 July 2005 bombings in London.", "2005", NonQuantityKind.Year)]
    [InlineData("Three women aged 23, 31 and 52 were arrested at the port.", "31", NonQuantityKind.Age)]
    [InlineData("Vaping among 16-19-year-olds has doubled since the ban.", "16", NonQuantityKind.Age)]
    [InlineData("Most of the victims were children under ten, officials said.", "ten", NonQuantityKind.Age)]
    public void ExtractAll_NamesNonQuantity_WhenNumberIsNotAClaim(string text, string surface, NonQuantityKind kind)
    {
        var extraction = Extractor.ExtractAll(text);
        var ignored = Assert.Single(extraction.Ignored, n => n.Text.StartsWith(surface, StringComparison.Ordinal));
        Assert.Equal(kind, ignored.Kind);
        Assert.Equal(ignored.Text, text[ignored.Start..ignored.End]);
        Assert.DoesNotContain(extraction.Quantities, q => q.Start < ignored.End && ignored.Start < q.End);
    }

    [Fact]
    public void ExtractAll_ReturnsQuantitiesAsExtract_WhenTextMixesBoth()
    {
        const string text = "On 4 July 2024 the firm sold 1,200 cars, up 8%, from its plant at 12 Mill Road.";
        var extraction = Extractor.ExtractAll(text);
        Assert.Equal(Extractor.Extract(text).Select(q => q.Text), extraction.Quantities.Select(q => q.Text));
        Assert.Equal([NonQuantityKind.Date, NonQuantityKind.Year, NonQuantityKind.Address], extraction.Ignored.Select(n => n.Kind));
    }
}
