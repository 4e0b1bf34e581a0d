using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name));

    private static Article News() => Extractor.Extract(Fixture("news-jsonld.html"), new Uri("https://ledger.example/world/cable-shipments?utm=x"));

    [Fact]
    public void Extract_ReadsJsonLdMetadata_WhenNewsArticlePresent()
    {
        var article = News();

        Assert.Equal("China shipped Russia 328,000 miles of drone cable in August, Ukraine got 72", article.Title);
        Assert.Equal(["Olena Marchuk", "Tom Reyes"], article.Authors);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 12, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(TimeSpan.FromHours(3), article.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 10, 15, 8, 5, 0, TimeSpan.FromHours(3)), article.Modified);
        Assert.Equal("Frontline Ledger", article.SiteName);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://ledger.example/world/cable-shipments?utm=x", article.Url);
        Assert.Equal("https://ledger.example/world/cable-shipments", article.CanonicalUrl);
        Assert.Equal("Customs records show a steep rise in fibre-optic cable sent from China to Russia in August.", article.Lead);
    }

    [Fact]
    public void Extract_KeepsArticleBlocksInOrder_WhenPageHasBoilerplate()
    {
        var article = News();

        Assert.Equal(
        [
            new(BlockKind.Paragraph, "Russia received 328,000 miles (527,865 km) of fibre-optic cable from Chinese exporters in August, according to customs records, while Ukraine received 72 miles (116 km) in the same month."),
            new(BlockKind.Paragraph, "The cable lets drone operators steer their aircraft without radio links, which makes the drones immune to most jamming."),
            new(BlockKind.Heading, "A tenfold jump in one summer"),
            new(BlockKind.Paragraph, "Shipments grew almost tenfold between July and August. Exporters sent 119,000 miles in May and 209,215 km in June, the records show."),
            new(BlockKind.Quote, "“The volumes only make sense for military use,” said one trade analyst."),
            new(BlockKind.Paragraph, "Battery exports followed the same pattern:"),
            new(BlockKind.ListItem, "$54 million of lithium-ion batteries to Russia in June"),
            new(BlockKind.ListItem, "$47 million in August"),
            new(BlockKind.ListItem, "$11 million to $12 million a month to Ukraine"),
            new(BlockKind.Table, "Cable exports to Russia\nMonth | Length\nMay | 119,000 miles\nJune | 209,215 km\nAugust | 527,865 km"),
            new(BlockKind.Paragraph, "Between July and December 2023, a single importer bought Chinese drone parts worth $577 million, a risk-intelligence firm estimated."),
        ],
        article.Blocks);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Sponsor")]
    [InlineData("Advertisement")]
    [InlineData("Share on X")]
    [InlineData("Tags")]
    [InlineData("Related stories")]
    [InlineData("newsletter")]
    [InlineData("comments")]
    [InlineData("300 drones")]
    [InlineData("Most read")]
    [InlineData("rights reserved")]
    [InlineData("Business")]
    [InlineData("dataLayer")]
    [InlineData("Olena Marchuk")]
    [InlineData("Photo:")]
    [InlineData("Chart:")]
    public void Extract_DropsBoilerplate_WhenPageHasIt(string junk) =>
        Assert.DoesNotContain(junk, News().Text, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Extract_PutsFigcaptionsInCaptions_WhenFiguresAreInArticle() =>
        Assert.Equal(
            ["Spools of fibre-optic cable at a drone workshop, 2024. Photo: Ledger archive", "Monthly cable exports to Russia, in km. Chart: Ledger"],
            News().Captions);

    [Fact]
    public void Extract_ReadsMetaTagsAndSplitsBreaks_WhenPageHasNoJsonLd()
    {
        var article = Extractor.Extract(Fixture("blog-meta.html"), null);

        Assert.Equal("Grid storage doubled in 2024", article.Title);
        Assert.Equal(["Mara Lindqvist"], article.Authors);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 7, 15, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(-5)), article.Modified);
        Assert.Equal("Energy Notes", article.SiteName);
        Assert.Equal("de-DE", article.Language);
        Assert.Null(article.CanonicalUrl);
        Assert.Equal("Battery storage on the grid doubled last year.", article.Lead);
        Assert.Equal(
        [
            "Grid-scale battery storage reached 31 gigawatts at the end of 2024, up from 15 gigawatts a year earlier, the operators' association said.",
            "Most of the new capacity, about 9 gigawatts, was built in just two states, and prices for four-hour systems fell by a fifth.",
            "Operators expect another 12 gigawatts in 2025 if supply chains hold.",
        ],
        article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_ReadsBylineAndTimeElement_WhenPageHasOnlyMarkup()
    {
        var article = Extractor.Extract(Fixture("minimal.html"), null);

        Assert.Equal("Wheat harvest falls 8%", article.Title);
        Assert.Equal(["Idris Okafor"], article.Authors);
        Assert.Equal(new DateTimeOffset(2025, 8, 20, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(
        [
            "The national wheat harvest fell 8% this year to 21.4 million tonnes, the agriculture ministry said on Wednesday, after a dry spring in the south.",
            "Maize output rose 3%, to 9.1 million tonnes, partly offsetting the loss.",
        ],
        article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<title>Site name | A headline with several words in it</title>", "A headline with several words in it")]
    [InlineData("<title>A headline with several words in it – Site</title>", "A headline with several words in it")]
    [InlineData("<title>Plain headline</title>", "Plain headline")]
    public void Extract_StripsSiteFromTitleElement_WhenNoBetterTitle(string head, string title) =>
        Assert.Equal(title, Extractor.Extract($"<html><head>{head}</head><body><p>x</p></body></html>", null).Title);

    [Fact]
    public void Extract_DropsLinkListWithItsLabel_WhenListSitsInsideBody()
    {
        var html = """
            <html><body><div class="article-body">
            <p>Exports rose 4% in May, the statistics office said on Monday, after two months of decline.</p>
            <p>Read also:</p>
            <ul><li><a href="/a">Imports fall for a third month</a></li><li><a href="/b">Tariffs explained</a></li></ul>
            <p>Imports fell 2% over the same period, leaving a surplus of 1.2 billion euros.</p>
            </div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(
            ["Exports rose 4% in May, the statistics office said on Monday, after two months of decline.", "Imports fell 2% over the same period, leaving a surplus of 1.2 billion euros."],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_ReturnsEmptyArticle_WhenHtmlIsEmpty()
    {
        var article = Extractor.Extract(string.Empty, null);

        Assert.Empty(article.Blocks);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Extract_ReturnsSameArticle_WhenCalledConcurrently()
    {
        var html = Fixture("news-jsonld.html");
        var expected = Extractor.Extract(html, null).Text;

        var texts = new string[64];
        Parallel.For(0, texts.Length, i => texts[i] = Extractor.Extract(html, null).Text);

        Assert.All(texts, t => Assert.Equal(expected, t));
    }

    [Fact]
    public void Extract_IgnoresBrokenJsonLd_WhenMetaTagsExist()
    {
        var html = """
            <html><head><script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Fallback title"></head><body><p>Body text.</p></body></html>
            """;

        Assert.Equal("Fallback title", Extractor.Extract(html, null).Title);
    }
}
