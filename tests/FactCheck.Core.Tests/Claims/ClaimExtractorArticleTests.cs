using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>The whole extractor over one article-length fixture, as the pipeline runs it.</summary>
public class ClaimExtractorArticleTests
{
    private static readonly DateTimeOffset Published = new(2025, 10, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly string Article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cable-exports.txt"));

    private static IReadOnlyList<Claim> Claims() => new ClaimExtractor(new QuantityExtractor()).Extract(Article, Published);

    [Fact]
    public void Extract_FindsEveryFigureOnceInOrder_WhenArticleMixesUnitsDatesAndNames()
    {
        var claims = Claims();
        Assert.Equal(
            [
                "328,000 miles", "72", "328,000 miles", "72 miles", "119,000 miles", "209,215 km", "tenfold",
                "$54 million", "$47 million", "$11 to $12 million", "140 drone makers", "60 suppliers", "$577 million",
                "$2,200", "0.28mm", "12-mile",
            ],
            claims.Select(c => c.Quantity.Text));
        Assert.Equal(Enumerable.Range(0, claims.Count), claims.Select(c => c.Ordinal));
    }

    [Fact]
    public void Extract_PairsStatedConversions_WhenBracketsFollowTheFigure()
    {
        var converted = Claims().Where(c => c.Conversion is not null).ToList();
        Assert.Equal(["527,865 km", "116 km"], converted.Select(c => c.Conversion!.Text));
        Assert.All(converted, c => Assert.Equal("mile", c.Quantity.Unit));
    }

    [Fact]
    public void Extract_ResolvesPeriodsAgainstPublishDate_ForEachFigureOfTheSeries()
    {
        var claims = Claims();
        var august = claims.Single(c => c.Conversion?.Text == "527,865 km");
        Assert.Equal(new DateOnly(2025, 8, 1), august.Period?.From);
        Assert.Equal(new DateOnly(2025, 5, 1), claims.Single(c => c.Quantity.Text == "119,000 miles").Period?.From);
        Assert.Equal(new DateOnly(2025, 6, 30), claims.Single(c => c.Quantity.Text == "209,215 km").Period?.To);
        Assert.Equal(new DateOnly(2023, 12, 31), claims.Single(c => c.Quantity.Text == "$577 million").Period?.To);
        Assert.Equal("per month", claims.Single(c => c.Quantity.IsRange).Period?.Text);
    }

    [Fact]
    public void Extract_FillsMeasureActorsAndDirection_ForTheLeadFigure()
    {
        var lead = Claims().First(c => c.Conversion is not null);
        Assert.Equal("fiber-optic cable", lead.Measure);
        Assert.Equal("China", lead.Origin);
        Assert.Contains("Russia", lead.Actors);
        Assert.Contains("Ukraine", lead.Actors);
    }

    [Fact]
    public void Extract_IsThreadSafe_WhenSharedAcrossThreads()
    {
        var extractor = new ClaimExtractor(new QuantityExtractor());
        var expected = extractor.Extract(Article, Published).Select(c => c.Quantity.Text).ToList();
        var results = new IReadOnlyList<Claim>[16];
        Parallel.For(0, results.Length, i => results[i] = extractor.Extract(Article, Published));
        Assert.All(results, r => Assert.Equal(expected, r.Select(c => c.Quantity.Text)));
    }
}
