using FactCheck.Core.Checks;
using FactCheck.Core.Claims;
using FactCheck.Core.Pipeline;

namespace FactCheck.Core.Tests.Checks;

/// <summary>
/// arithmetic-mismatch and unverifiable. Relations are read from the words between figures, so these
/// tests go through the real extractor rather than hand-built claims.
/// </summary>
public class RelationChecksTests
{
    private static readonly ArticlePipeline Pipeline = ArticlePipeline.CreateDefault();

    private static IReadOnlyList<Flag> Check(string text)
    {
        var article = Pipeline.ExtractText(text, "Figures") with { Published = new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.Zero) };
        return Pipeline.Analyze(article).Flags;
    }

    [Theory]
    [InlineData("Vietnam's rice exports rose 40% to $500 million in 2023 from $400 million in 2022.", "25.0%")]
    [InlineData("The number of workers at Harbor Steel Works doubled from 1,200 in 2021 to 1,700 in 2024.", "1.42×")]
    [InlineData("Support for the plan rose 3 percentage points to 45% from 40%.", "5.00 points")]
    [InlineData("Turnout rose 30% to 45% from 40%.", "12.5%")]
    [InlineData("The northern mill produced 12,000 tonnes of flour, 3,000 more than the southern mill's 8,000 tonnes.", "4,000")]
    [InlineData("In the survey, half of the 90 firms, or 30, expected losses.", "45")]
    [InlineData("Only 30 of the 90 firms inspected, or 45%, met the standard.", "33.3%")]
    [InlineData("Chile, Peru and Ghana pledged $12 million, $9 million and $7 million, totalling $40 million.", "28")]
    [InlineData("Shipments of cocoa from Peru grew tenfold to 590 tonnes in 2020 from 260 tonnes in 2019.", "2.27×")]
    [InlineData("The wheat harvest fell 18% to 2.3 million tonnes from 3.1 million tonnes a year earlier.", "-25.8%")]
    [InlineData("Of the 1,200 staff, 300, or 40%, work remotely.", "25.0%")]
    [InlineData("The bill came to $450 million: $200 million for steel, $150 million for labour and $50 million for design.", "400,000,000")]
    public void Run_FlagsArithmeticMismatch_WhenNumbersContradictTheRelation(string text, string worked)
    {
        var flag = Assert.Single(Check(text));

        Assert.Equal(FlagTypes.ArithmeticMismatch, flag.Type);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Contains(worked, flag.Computation, StringComparison.Ordinal);
        Assert.True(flag.ClaimOrdinals.Count >= 2);
    }

    [Theory]
    [InlineData("Vietnam's rice exports rose 25% to $500 million in 2023 from $400 million in 2022.")]
    [InlineData("The number of workers at Harbor Steel Works doubled from 1,200 in 2021 to 2,450 in 2024.")]
    [InlineData("Support for the plan rose 5 percentage points to 45% from 40%.")]
    [InlineData("The northern mill produced 12,000 tonnes of flour, 4,000 more than the southern mill's 8,000 tonnes.")]
    [InlineData("In the survey, a third of the 90 firms, or 30, expected losses.")]
    [InlineData("Only 30 of the 90 firms inspected, or 33%, met the standard.")]
    [InlineData("Chile, Peru and Ghana pledged $12 million, $9 million and $7 million, totalling $28 million.")]
    [InlineData("Shipments of cocoa from Peru grew nearly tenfold to 2,390 tonnes in 2020 from 260 tonnes in 2019.")]
    [InlineData("Turnover was 4.5m euros, up 12% from 4m euros.")]
    [InlineData("Sales rose 12% last year, the company said.")]
    [InlineData("Sales rose 25% to $500m, while profit reached $80m.")]
    [InlineData("The team won 3 of its 5 games and drew 2, for a total of 8 points.")]
    [InlineData("Turnout rose 5% to 45% from 40%.")]
    [InlineData("Turnout rose 12% to 45% from 40%.")]
    [InlineData("The company has doubled down on its plan to build 4 new plants.")]
    [InlineData("The number of fires in the park tripled from 40 in 2020 to 120 in 2024.")]
    public void Run_RaisesNothing_WhenRelationHolds(string text)
    {
        Assert.Empty(Check(text));
    }

    [Fact]
    public void Run_AsksForTheBase_WhenTenfoldHasNoFigureForTheFirstMonth()
    {
        var flag = Assert.Single(Check("Shipments of heat pumps to Poland grew nearly tenfold between July and August, traders said."));

        Assert.Equal(FlagTypes.Unverifiable, flag.Type);
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.Contains("July 2025", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WorksOutTheRelation_WhenBothMonthsAreStatedElsewhere()
    {
        var flags = Check(
            "Poland imported 1,000 tonnes of heat pumps in July. It imported 4,000 tonnes of heat pumps in August.\n\n"
            + "Imports of heat pumps grew nearly tenfold between July and August, traders said.");

        var flag = Assert.Single(flags);
        Assert.Equal(FlagTypes.ArithmeticMismatch, flag.Type);
        Assert.Contains("4.00×", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AsksForTheFigures_WhenMultipleHasNoBaseAtAll()
    {
        var flag = Assert.Single(Check("Prices of coffee in Kenya have more than doubled since 2020, importers say."));

        Assert.Equal(FlagTypes.Unverifiable, flag.Type);
        Assert.Equal("doubled", flag.Values[0].Stated);
    }
}
