using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>
/// Class, id and role hints remove boilerplate; these pages, written for the tests, carry hints
/// that would wrongly remove the article itself.
/// </summary>
public class ArticleHintTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string First =
        "The regional water board raised its tariff by 7.5% on Monday, the first increase in four years, after the cost of treating water from the river rose by a third. "
        + "A household of four will pay about 38 euros more a year, the board said, and businesses that draw more than 500 cubic metres a month will pay a new surcharge.";

    private const string Second =
        "The board's chairwoman said the money would pay for a filter plant at the northern intake, which is to cost 62 million euros and open in 2029. "
        + "Consumer groups asked why the increase was not spread over several years, and the opposition in the regional parliament called for a hearing next month.";

    private const string Third =
        "The last increase, in 2022, was 4%. Since then the board has cut 40 jobs, closed two of its five depots and sold its headquarters, according to its annual report, "
        + "which also shows that leaks cost it 11% of the water it pumps, down from 14% five years ago.";

    // A notice long enough (over 500 characters) to pass for an article when nothing better is left.
    private const string CookieNotice =
        "What are cookies? A cookie is a small text file that your browser stores when you visit a website. It holds information such as your language settings or the contents of a basket. "
        + "Cookies make a website easier to use, and this website uses them too, so that we can offer you a better experience. "
        + "Third-party cookies: we also use an analytics service that stores cookies of its own, with which we learn how visitors use our pages, so that we can improve them. "
        + "You can refuse cookies in the settings of your browser at any time.";

    // In a branch of its own, so that only a wrong choice of container can bring it in.
    private const string NoticeBranch = $"""<div class="bottom"><div><div><p>{CookieNotice}</p></div></div></div>""";

    private static string[] Body(Article article) => article.Blocks.Select(b => b.Text).ToArray();

    [Fact]
    public void Extract_KeepsPost_WhenTaxonomyClassesContainBoilerplateWords()
    {
        var html = $"""
            <html><body>
            <div class="page"><article class="post-7972 post type-post status-publish hentry category-no-newsletter tag-share-price">
            <h1>Water tariff rises</h1><div class="entry-content"><p>{First}</p><p>{Second}</p><p>{Third}</p></div></article></div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_KeepsArticle_WhenUnclosedBannerWrapsIt()
    {
        var html = $"""
            <html><body>
            <header role="banner"><a href="/">Home</a> <a href="/news">News</a>
            <main role="main"><article><h1>Water tariff rises</h1><p>{First}</p><p>{Second}</p><p>{Third}</p></article></main>
            </header>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_KeepsArticle_WhenTemplatePutsItInAside()
    {
        var html = $"""
            <html><body><main>
            <aside class="content-panel"><article><p>{First}</p><p>{Second}</p><p>{Third}</p></article></aside>
            <aside class="teasers"><article><a href="/a">Bus fares rise too</a></article><article><a href="/b">New mayor sworn in</a></article></aside>
            </main></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal([First, Second, Third], Body(article));
    }

    [Fact]
    public void Extract_TriesWithoutWeakHints_WhenTheyLeaveOnlyShortNotice()
    {
        // "sidebar-layout" is a layout class of the article's own wrapper, which holds more than
        // twice the notice's text.
        const string fourth = "Farmers, who pay a lower rate, are not affected until 2027, when their contracts end. "
            + "The board expects demand to fall by 3% as households fit water-saving appliances, which it will subsidise with 150 euros each.";
        const string fifth = "An independent review of the board's spending, ordered by the regional government last spring, is due to be published in June, "
            + "and the board said it would revise the tariff if the review found savings of more than 5 million euros.";
        var html = $"""
            <html><body>
            <div class="page"><div class="sidebar-layout"><div><p>{First}</p><p>{Second}</p><p>{Third}</p><p>{fourth}</p><p>{fifth}</p></div></div></div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([First, Second, Third, fourth, fifth], Body(Extractor.Extract(html, null)));
    }

    [Theory]
    [InlineData("""class="rt-hidden" """)]
    [InlineData("""class="field field-label-hidden" """)]
    [InlineData("""id="m-shared-content" """)]
    [InlineData("""class="node node--promoted" """)]
    public void Extract_KeepsArticle_WhenClassOnlyResemblesBoilerplate(string attributes)
    {
        var html = $"""
            <html><body>
            <div class="page"><div {attributes}><div><p>{First}</p><p>{Second}</p><p>{Third}</p></div></div></div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_KeepsSection_WhenItsIdIsSlugOfItsHeading()
    {
        var html = $"""
            <html><body><h1>Water tariff rises</h1><div class="document">
            <div class="section" id="sharing-the-cost-of-water"><h2>Sharing the cost of water</h2><p>{First}</p><p>{Second}</p></div>
            <div class="section" id="comments-from-consumers"><h2>Comments from consumers</h2><p>{Third}</p></div>
            </div></body></html>
            """;

        Assert.Equal(["Sharing the cost of water", First, Second, "Comments from consumers", Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_DropsShareBox_WhenIdIsNotHeadingSlug()
    {
        var html = $"""
            <html><body><div class="document">
            <div><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
            <div id="share-this-story"><h2>Share</h2><p>Send this story to a friend by e-mail, or post it on your favourite network.</p></div>
            </div></body></html>
            """;

        Assert.Equal([First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_TakesContainer_WhenClassBonusLiftsVideoBoxWithoutProse()
    {
        // The video box scores on its "story" class; the paragraphs beside it, one with a link, are the article.
        const string lead = "But a new report released on Monday by the regional <a href=\"/audit\">audit office on water and waste</a> calls that into question.";
        var html = $"""
            <html><body><h1>Water tariff rises</h1><div class="page"><div id="storytext">
            <h2>The water board has long been praised for keeping its prices low.</h2>
            <p>{lead}</p>
            <div class="story-top"><div class="player"><p>Your video will play in 00:25</p></div></div>
            <p>{First}</p><p>{Second}</p><p>{Third}</p>
            </div></div>
            {NoticeBranch}
            </body></html>
            """;

        var body = Body(Extractor.Extract(html, null));

        Assert.Contains("The water board has long been praised for keeping its prices low.", body);
        Assert.Contains(body, b => b.StartsWith("But a new report released on Monday", StringComparison.Ordinal));
        Assert.Equal([First, Second, Third], body.TakeLast(3));
    }

    [Fact]
    public void Extract_KeepsLeadBlock_WhenCmsSplitsArticleIntoDeeplyWrappedBlocks()
    {
        const string lead = "A little over a year ago, the water board promised that prices would stay flat until 2027, and most households, councils and farmers planned on that.";
        static string Block(params string[] paragraphs) =>
            $"""<div class="block"><section><div class="inner"><div class="post__text">{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div></div></section></div>""";
        var html = $"""
            <html><body><h1>Water tariff rises</h1><div class="page">
            {Block(lead)}
            <figure><img src="/plant.jpg"><figcaption>The northern intake</figcaption></figure>
            {Block(First, Second, Third)}
            <div class="teasers"><div class="card"><p>Bus fares rise too, by 3%, from March, the transport authority said on Friday.</p></div></div>
            </div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([lead, First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Theory]
    [InlineData("""<div class="player"><div>Auto</div><div>High (HD)</div><div>Captions will look like this</div></div>""")]
    [InlineData("""<div class="gallery"><img src="/1.jpg"><img src="/2.jpg"><img src="/3.jpg"><p>Gallery</p></div>""")]
    [InlineData("""<div class="rate"><p>Rate this story</p><input type="radio" name="r"><input type="radio" name="r"><button>Send</button></div>""")]
    [InlineData("""<div class="more">Read <a href="/a">the board's annual report</a> and <a href="/b">our earlier story</a> here.</div>""")]
    public void Extract_DropsClutterBox_WhenItSitsInsideArticle(string box)
    {
        var html = $"""
            <html><body><h1>Water tariff rises</h1><div class="page"><div class="story">
            <p>{First}</p>{box}<p>{Second}</p><p>{Third}</p>
            </div></div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal([First, Second, Third], Body(Extractor.Extract(html, null)));
    }

    [Fact]
    public void Extract_KeepsBoxOfProse_WhenItHasLinksButManyCommas()
    {
        const string linked = "Households in the north, where the new plant is to be built, will pay the same as those in the south, the east and the west, "
            + "the board said, and <a href='/faq'>its answers to questions about the new tariff and the filter plant</a>, published on Monday, list the tariffs for businesses, farms, schools, hospitals and councils.";
        var html = $"""
            <html><body><h1>Water tariff rises</h1><div class="page"><div class="story">
            <p>{First}</p><div class="aside">{linked}</div><p>{Second}</p><p>{Third}</p>
            </div></div>
            {NoticeBranch}
            </body></html>
            """;

        Assert.Equal(4, Body(Extractor.Extract(html, null)).Length);
    }

    [Fact]
    public void Extract_KeepsTableHeaderRow_WhenItsCellsAreClassedHeader()
    {
        var html = $"""
            <html><body><header class="site-header"><a href="/">Home</a></header>
            <article><h1>Water tariff rises</h1><p>{First}</p>
            <table class="tariff"><tr><td class="header_cell">Household</td><td class="header_cell">Tariff 2025</td><td class="header_cell">Tariff 2026</td></tr>
            <tr><td>One person</td><td>212 euros</td><td>228 euros</td></tr><tr><td>Four people</td><td>506 euros</td><td>544 euros</td></tr></table>
            <p>{Second}</p></article></body></html>
            """;

        var table = Assert.Single(Extractor.Extract(html, null).Blocks, b => b.Kind == BlockKind.Table);

        Assert.Equal("Household | Tariff 2025 | Tariff 2026\nOne person | 212 euros | 228 euros\nFour people | 506 euros | 544 euros", table.Text);
    }
}
