using FactCheck.Core.Articles;
using FactCheck.Core.Fetching;
using FactCheck.Core.Tests.Fetching;

namespace FactCheck.Core.Tests.Articles;

/// <summary>The page layouts that matter for checking: each fixture reproduces one, with invented text.</summary>
public class ArticleLayoutTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static Article FromFixture(string name) =>
        Extractor.Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name)), null);

    [Fact]
    public void Extract_KeepsOnlyArticle_WhenPageHasAggregatorChrome()
    {
        var article = FromFixture("aggregator-chrome.html");

        Assert.Equal("Port of Eastport handled 41% more containers in February than a year ago", article.Title);
        Assert.Equal(
        [
            "The Port of Eastport handled 96,400 containers in February, 41% more than a year earlier, the port authority said on Monday. Transshipment cargo, boxes moved from one ship to another, made up nearly half of the total.",
            "Volumes had already risen 18% in January. The authority put the increase down to two shipping lines that moved their regional hub to Eastport in the autumn.",
            "Dock workers' unions warned that the terminal was running at 92% of its capacity, and asked for a third shift to be hired before the summer peak.",
            "The port plans to open a new berth in 2027, which would raise its yearly capacity from 1.3 million to 1.8 million containers.",
        ],
        article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Sponsor")]
    [InlineData("GRIDIRON")]
    [InlineData("back")]
    [InlineData("topic")]
    [InlineData("eastport handled 41% more containers february")]
    [InlineData("Eastport,ME")]
    [InlineData("Photo: Port Authority")]
    [InlineData("rights reserved")]
    public void Extract_DropsAggregatorJunk_WhenPageHasAggregatorChrome(string junk) =>
        Assert.DoesNotContain(junk, FromFixture("aggregator-chrome.html").Text, StringComparison.Ordinal);

    [Fact]
    public void Extract_PrefersJsonLdDate_WhenMetaAndTimeElementDisagree()
    {
        var article = Extractor.Extract(
            """
            <html><head>
            <meta property="article:published_time" content="2026-04-03T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tariff talks resume","datePublished":"2026-04-02T10:00:00+02:00","dateModified":"2026-04-03T07:00:00+02:00"}</script>
            </head><body><article><time datetime="2026-04-05">5 April</time><p>Trade talks resumed on Thursday after a pause of six weeks.</p></article></body></html>
            """,
            null);

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal(TimeSpan.FromHours(2), article.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 7, 0, 0, TimeSpan.FromHours(2)), article.Modified);
    }

    [Fact]
    public void Extract_TakesMetaDate_WhenJsonLdHasNone()
    {
        var article = Extractor.Extract(
            """
            <html><head>
            <meta property="article:published_time" content="2026-04-03T08:00:00-04:00">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tariff talks resume"}</script>
            </head><body><article><time datetime="2026-04-05">5 April</time><p>Trade talks resumed on Thursday after a pause of six weeks.</p></article></body></html>
            """,
            null);

        Assert.Equal(new DateTimeOffset(2026, 4, 3, 8, 0, 0, TimeSpan.FromHours(-4)), article.Published);
    }

    [Fact]
    public void Extract_ReadsEveryAuthor_WhenBylineNamesSeveral()
    {
        var article = FromFixture("multi-author.html");

        Assert.Equal(["Anna Schmidt", "Li Wei", "María José García"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(3, article.Blocks.Count);
        Assert.DoesNotContain("Schmidt", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Jane Doe, John Roe and Ana Lima", new[] { "Jane Doe", "John Roe", "Ana Lima" })]
    [InlineData("By Jane Doe & John Roe | 14 Oct 2025", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By JANE DOE and JOHN ROE", new[] { "JANE DOE", "JOHN ROE" })]
    public void Extract_ReadsAuthorsAndDropsBylineParagraph_WhenBylineIsInBody(string byline, string[] names)
    {
        var article = Extractor.Extract(
            $"""
            <html><body><div class="story"><h1>Water use fell 6%</h1><p>{byline}</p>
            <p>Households used 6% less water last year than the year before, the utility said, after a campaign that gave out 30,000 low-flow shower heads.</p>
            <p>Industrial use was flat.</p></div></body></html>
            """,
            null);

        Assert.Equal(names, article.Authors);
        Assert.DoesNotContain("Doe", article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_KeepsEveryEntryInOrder_WhenPageIsLiveBlog()
    {
        var article = FromFixture("live-blog.html");

        Assert.Equal("Budget day live: chancellor raises fuel duty", article.Title);
        Assert.Equal(["Priya Natarajan", "Owen Hughes"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 15, 42, 0, TimeSpan.Zero), article.Modified);
        Assert.Equal(
        [
            "Fuel duty up 5p a litre",
            "The chancellor said fuel duty would rise by 5p a litre from April, ending a freeze that has lasted since 2011. The Treasury expects the rise to raise £2.4bn a year.",
            "Growth forecast cut to 0.8%",
            "The budget watchdog now expects the economy to grow by 0.8% this year, down from the 1.5% it forecast in the autumn, and by 1.2% next year.",
            "What to expect",
            "Good morning. The chancellor will deliver the budget at 12.30, with borrowing expected to come in about £20bn above last year's forecast.",
        ],
        article.Blocks.Where(b => b.Kind is BlockKind.Heading or BlockKind.Paragraph && !IsClockTime(b.Text)).Select(b => b.Text));
    }

    [Theory]
    [InlineData("Key events")]
    [InlineData("13:05 Fuel duty")]
    [InlineData("Share")]
    [InlineData("Copy link")]
    [InlineData("Show more updates")]
    [InlineData("Registered in England")]
    public void Extract_DropsLiveBlogChrome_WhenPageIsLiveBlog(string junk) =>
        Assert.DoesNotContain(junk, FromFixture("live-blog.html").Text, StringComparison.Ordinal);

    [Fact]
    public void Extract_KeepsTeaserAndDropsOffer_WhenArticleIsBehindPaywall()
    {
        var article = FromFixture("paywall-teaser.html");

        Assert.Equal("Chipmaker to cut 1,200 jobs as orders slump", article.Title);
        Assert.Equal(["Dana Whitfield"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 17, 6, 30, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal(
        [
            "A leading maker of memory chips said on Tuesday that it would cut 1,200 jobs, about 9% of its workforce, after orders from phone makers fell for a third quarter.",
            "The company expects revenue of $3.1 billion for the quarter, down from $4.4 billion a year earlier, and said it would close one of its two plants in Oregon.",
        ],
        article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("windows-1252", "Müller’s café charges €5 for “Kaffee”", "Prices rose 12% — the café blamed the cost of milk.")]
    [InlineData("iso-8859-2", "Łódź tram fares rise", "Fares in Łódź rose by 20% in żółty zone.")]
    [InlineData("shift_jis", "東京の物価が上昇", "東京都区部の消費者物価指数は前年同月比で2.5%上昇した。")]
    [InlineData("koi8-r", "Цены выросли", "Цены на хлеб выросли на 7% за год.")]
    public void Extract_ReadsText_WhenPageIsNotUtf8AndDeclaresCharsetInMeta(string charset, string title, string sentence)
    {
        var html = $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}</title></head>
            <body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>
            """;
        var bytes = CodePages.Get(charset).GetBytes(html);

        var article = Extractor.Extract(PageDecoder.Decode(bytes, null), null);

        Assert.Equal(title, article.Title);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsText_WhenCharsetComesOnlyFromHeader()
    {
        var html = "<html><head><title>Évolution des prix</title></head><body><p>Les prix ont augmenté de 3 % en décembre, selon l’institut.</p></body></html>";
        var bytes = CodePages.Get("windows-1252").GetBytes(html);

        var article = Extractor.Extract(PageDecoder.Decode(bytes, "text/html; charset=windows-1252"), null);

        Assert.Equal("Évolution des prix", article.Title);
        Assert.Equal("Les prix ont augmenté de 3 % en décembre, selon l’institut.", article.Text);
    }

    private static bool IsClockTime(string text) => text.Length == 5 && text[2] == ':' && char.IsDigit(text[0]) && char.IsDigit(text[4]);
}
