using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Samples;

namespace FactCheck.Core.Tests.Checks;

/// <summary>The two forms of the drone-cable fixture must tell the same story, or extraction tests would disagree.</summary>
public partial class DroneCableFixtureTests
{
    private static readonly string Text = SampleArticles.Read(SampleArticles.DroneCableText);
    private static readonly string Html = SampleArticles.Read(SampleArticles.DroneCableHtml);

    [Fact]
    public void Html_CarriesTheSameParagraphs_AsTheTextFixture()
    {
        var blocks = Text.TrimEnd().Split("\n\n");
        var body = Html[Html.IndexOf("itemprop=\"articleBody\"", StringComparison.Ordinal)..Html.IndexOf("<footer class=\"story-footer\"", StringComparison.Ordinal)];
        // The inline advert and the figure sit inside the body on purpose: the extractor must drop them.
        body = Chrome().Replace(body, "");
        var paragraphs = BodyParagraph().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.Equal(blocks[1..], paragraphs);
        Assert.Contains($">{blocks[0]}</h1>", WebUtility.HtmlDecode(Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_DeclaresNewsArticle_WithPublishTime()
    {
        var json = JsonLd().Match(Html).Groups[1].Value;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("2025-10-14T09:00:00+03:00", root.GetProperty("datePublished").GetString());
        Assert.Equal(Text.Split('\n')[0], root.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("328,000 miles (527,865 km)")]
    [InlineData("72 miles (116 km)")]
    [InlineData("119,000 miles of fiber-optic cable to Russia in May, 209,215 km in June and 527,865 km in August")]
    [InlineData("$54 million")]
    [InlineData("$47 million")]
    [InlineData("$11 million and $12 million a month")]
    [InlineData("up to 15 kilometers")]
    [InlineData("nearly tenfold from July to August")]
    [InlineData("More than 140 drone manufacturers and 60 suppliers")]
    [InlineData("$577 million")]
    [InlineData("$2,200")]
    [InlineData("0.28mm cable rated for a 12-mile range")]
    public void Text_CarriesTheSeedFigure_Always(string figure) => Assert.Contains(figure, Text, StringComparison.Ordinal);

    [Fact]
    public void Text_IsNewsLength_Always()
    {
        var words = Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

        Assert.InRange(words, 400, 600);
    }

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex BodyParagraph();

    [GeneratedRegex("<(aside|figure)\\b.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Chrome();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
