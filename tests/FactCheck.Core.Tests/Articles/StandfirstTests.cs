using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>The standfirst joins the body only where the page prints it above the body.</summary>
public class StandfirstTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Summary = "Councillors backed a 48 million euro budget, 6% more than last year, with most of the rise going to schools.";

    private const string Body =
        "<p>The council approved the budget on Tuesday after a debate that lasted four hours, the longest of the year.</p>"
        + "<p>About 2.1 million euros of the increase goes to schools, and the rest to road repairs and the fire service, the mayor said.</p>"
        + "<p>The vote was 21 to 9, with two abstentions, and a final reading is planned for 14 March.</p>";

    private static string Page(string head, string header, string body = Body) => $"""
        <html><head><title>Budget passed</title>{head}</head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <header><h1>Budget passed</h1>{header}</header>
        <div class="story-body">{body}</div>
        <footer>Imprint</footer></body></html>
        """;

    private static string Description(string text) => $"""<meta name="description" content="{text}">""";

    [Fact]
    public void Extract_OpensBodyWithStandfirst_WhenPagePrintsDescriptionAboveBody()
    {
        var article = Extractor.Extract(Page(Description(Summary), $"<p class=\"summary\">Councillors backed a <b>48 million euro</b> budget, 6% more than last year, with most of the rise going to schools.</p>"), null);

        Assert.Equal(new ArticleBlock(BlockKind.Standfirst, Summary), article.Blocks[0]);
        Assert.StartsWith(Summary + Article.BlockSeparator + "The council approved", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeavesDescriptionOutOfBody_WhenNoReaderSeesIt()
    {
        var jsonLd = $$"""<script type="application/ld+json">{"@type":"NewsArticle","description":"{{Summary}}"}</script>""";

        var article = Extractor.Extract(Page(Description(Summary), jsonLd), null);

        Assert.Equal(Summary, article.Lead);
        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
        Assert.DoesNotContain("Councillors backed", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AddsNoStandfirst_WhenDescriptionRepeatsFirstParagraph()
    {
        var first = "The council approved the budget on Tuesday after a debate that lasted four hours, the longest of the year.";

        var article = Extractor.Extract(Page(Description(first), string.Empty), null);

        Assert.Single(article.Blocks, b => b.Text.Contains("approved the budget", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
    }

    [Fact]
    public void Extract_AddsNoStandfirst_WhenDescriptionIsPrintedOnlyBelowBody()
    {
        var page = Page(Description(Summary), string.Empty).Replace("<footer>Imprint</footer>", $"<aside class=\"more\"><p>{Summary}</p></aside><footer>Imprint</footer>", StringComparison.Ordinal);

        var article = Extractor.Extract(page, null);

        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
    }

    [Fact]
    public void Extract_AddsNoStandfirst_WhenDescriptionIsCutShort()
    {
        var cut = "Councillors backed a 48 million euro budget, 6% more than last year, with most…";

        var article = Extractor.Extract(Page(Description(cut), $"<p>{cut}</p>"), null);

        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
    }

    [Fact]
    public void Extract_OpensBodyWithMarkedStandfirst_WhenDescriptionWordsItDifferently()
    {
        var shorter = "Councillors backed a 48 million euro budget.";

        var article = Extractor.Extract(Page(Description(shorter), $"<h2 class=\"article__dek\">{Summary}</h2>"), null);

        Assert.Equal(new ArticleBlock(BlockKind.Standfirst, Summary), article.Blocks[0]);
        Assert.Equal(shorter, article.Lead);
    }

    [Fact]
    public void Extract_TakesMarkedBoxAsLead_WhenPageHasNoDescription()
    {
        var article = Extractor.Extract(Page(string.Empty, $"<div class=\"articleStandfirst\">{Summary}</div>"), null);

        Assert.Equal(Summary, article.Lead);
        Assert.Equal(new ArticleBlock(BlockKind.Standfirst, Summary), article.Blocks[0]);
    }

    [Fact]
    public void Extract_TakesMarkedBoxNearBody_WhenAnotherMarkedBoxIsFarAbove()
    {
        var links = string.Concat(Enumerable.Range(1, 120).Select(i => $"<li><a href=\"/news/{i}\">Other news of the week from around the region, part {i}</a></li>"));
        var other = "The neighbouring town also passed its budget, with a rise of 3% and no new debt.";
        var sidebar = $"<div class=\"story-summary\">{other}</div><ul class=\"more-news\">{links}</ul>";

        var article = Extractor.Extract(Page(string.Empty, $"<p class=\"dek\">{Summary}</p>").Replace("<header>", sidebar + "<header>", StringComparison.Ordinal), null);

        Assert.Equal(new ArticleBlock(BlockKind.Standfirst, Summary), article.Blocks[0]);
    }

    [Theory]
    [InlineData("<p class=\"dek\">Local politics and the city budget</p>")]
    [InlineData("<figure class=\"lede\"><img src=\"a.jpg\" alt=\"\"><figcaption><span itemprop=\"description\">Councillors voting in the town hall on Tuesday evening.</span></figcaption></figure>")]
    [InlineData("<div class=\"card-dek\">Read how the neighbouring town balanced its books this year.</div>")]
    [InlineData("<article class=\"story-card\"><p class=\"dek\">Read how the neighbouring town balanced its books this year.</p></article>")]
    [InlineData("<p class=\"dek\">Councillors backed a 48 million euro budget, 6% more than last year, with most…</p>")]
    public void Extract_AddsNoStandfirstOrLead_WhenMarkedBoxIsKickerPictureCardOrCutShort(string header)
    {
        var article = Extractor.Extract(Page(string.Empty, header), null);

        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
        Assert.Null(article.Lead);
    }

    [Fact]
    public void Extract_AddsNoStandfirst_WhenMarkedBoxIsFarAboveBody()
    {
        var links = string.Concat(Enumerable.Range(1, 120).Select(i => $"<li><a href=\"/news/{i}\">Other news of the week from around the region, part {i}</a></li>"));
        var sidebar = $"<div class=\"story-summary\">{Summary}</div><ul class=\"more-news\">{links}</ul>";

        var article = Extractor.Extract(Page(string.Empty, string.Empty).Replace("<header>", sidebar + "<header>", StringComparison.Ordinal), null);

        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Standfirst);
    }
}
