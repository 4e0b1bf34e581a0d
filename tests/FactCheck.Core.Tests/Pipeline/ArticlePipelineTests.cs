using FactCheck.Core.Checks;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Samples;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>
/// The sample article end to end through the pure pipeline: the one inconsistency it carries, and nothing
/// else an editor must act on. It also says "grew nearly tenfold between July and August" with no July
/// figure, which is worth an info-level <see cref="FlagTypes.Unverifiable"/> note, never a warning.
/// </summary>
public class ArticlePipelineTests
{
    private static readonly ArticlePipeline Pipeline = ArticlePipeline.CreateDefault();

    [Fact]
    public void Analyze_RaisesOnlyMixedUnits_WhenSampleIsHtml()
    {
        var article = Pipeline.ExtractHtml(SampleArticles.Read(SampleArticles.DroneCableHtml), new Uri(SampleArticles.DroneCableUrl));

        var analysis = Pipeline.Analyze(article);

        var flag = Assert.Single(analysis.Flags, f => f.Severity != Severity.Info);
        Assert.Equal(FlagTypes.MixedUnits, flag.Type);
        Assert.Equal(["May", "June", "August"], flag.Values.Select(v => v.Label).Distinct());
        Assert.DoesNotContain(analysis.Flags, f => f.Type is FlagTypes.ConversionMismatch or FlagTypes.ConflictingValues or FlagTypes.UnitConfusion);
    }

    [Fact]
    public void Analyze_RaisesOnlyMixedUnits_WhenSampleIsPastedText()
    {
        var article = Pipeline.ExtractText(SampleArticles.Read(SampleArticles.DroneCableText), null);

        var analysis = Pipeline.Analyze(article);

        Assert.Equal(FlagTypes.MixedUnits, Assert.Single(analysis.Flags, f => f.Severity != Severity.Info).Type);
    }

    [Fact]
    public void Analyze_AsksForTheJulyFigure_WhenSampleGivesTenfoldWithoutBase()
    {
        var article = Pipeline.ExtractHtml(SampleArticles.Read(SampleArticles.DroneCableHtml), new Uri(SampleArticles.DroneCableUrl));

        var analysis = Pipeline.Analyze(article);

        var info = Assert.Single(analysis.Flags, f => f.Severity == Severity.Info);
        Assert.Equal(FlagTypes.Unverifiable, info.Type);
        Assert.Contains("July", info.Message, StringComparison.Ordinal);
        Assert.Equal("tenfold", analysis.Claims[Assert.Single(info.ClaimOrdinals)].Quantity.Text);
    }

    [Fact]
    public void Analyze_PairsEachConversionWithItsFigure_WhenSampleStatesThemInParentheses()
    {
        var article = Pipeline.ExtractHtml(SampleArticles.Read(SampleArticles.DroneCableHtml), null);

        var claims = Pipeline.ExtractClaims(article);

        Assert.Contains(claims, c => c.Quantity.Text == "328,000 miles" && c.Conversion?.Text == "527,865 km");
        Assert.Contains(claims, c => c.Quantity.Text == "72 miles" && c.Conversion?.Text == "116 km");
        Assert.All(claims, c => Assert.Equal(c.Quantity.Text, article.Text[c.Quantity.Start..c.Quantity.End]));
    }

    [Fact]
    public void Analyze_FlagsConversion_WhenArticleConvertsWrongly()
    {
        var article = Pipeline.ExtractText(
            "Cable exports\n\nChina shipped 40 miles (80 km) of fiber-optic cable to Ukraine in August, customs data show.",
            "Cable exports");

        var analysis = Pipeline.Analyze(article);

        var flag = Assert.Single(analysis.Flags);
        Assert.Equal(FlagTypes.ConversionMismatch, flag.Type);
        Assert.Contains("64.4", flag.Computation, StringComparison.Ordinal);
    }
}
