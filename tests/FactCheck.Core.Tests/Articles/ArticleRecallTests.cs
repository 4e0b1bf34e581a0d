using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>
/// Rules that keep article text the extractor used to lose (the seventh round's recall work),
/// one test each on a small page written for it.
/// </summary>
public class ArticleRecallTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Sentences =
        "The council approved a budget of 48 million euros on Tuesday, 6% more than last year, after a debate that lasted four hours. "
        + "Most of the increase, about 2.1 million euros, goes to schools, and the rest to road repairs and the fire service, the mayor said.";

    private const string More =
        "The vote was 21 to 9, with two abstentions, and a final reading is planned for 14 March, when the opposition wants to propose cuts.";

    [Fact]
    public void Extract_KeepsCodeTokens_WhenHighlighterClassesLookLikeHints()
    {
        var html = $"""
            <html><body><article><h1>Budget tool</h1><p>{Sentences}</p>
            <pre><code><span class="token comment">// budget.c</span><br><span class="token keyword">int</span> <span class="token function">total</span>() {"{"} <span class="token keyword">return</span> 48; {"}"}</code></pre>
            <p>{More}</p></article></body></html>
            """;

        var text = Extractor.Extract(html, null).Text;

        Assert.Contains("// budget.c", text, StringComparison.Ordinal);
        Assert.Contains("int total() { return 48; }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsShortSentence_WhenItIsADivOfItsOwn()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>
            <div class="line"><div dir="ltr"><span>Nobody objected.</span></div></div>
            <div class="player"><div>Auto</div></div>
            <p>{More}</p></article></body></html>
            """;

        var blocks = Extractor.Extract(html, null).Blocks.Select(b => b.Text).ToList();

        Assert.Equal([Sentences, "Nobody objected.", More], blocks);
    }

    [Fact]
    public void Extract_KeepsDataSeries_WhenItIsAShortPreBlock()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>
            <div class="highlight"><pre>2, 3, 5, 12, 4</pre></div>
            <p>{More}</p></article></body></html>
            """;

        var blocks = Extractor.Extract(html, null).Blocks.Select(b => b.Text).ToList();

        Assert.Equal([Sentences, "2, 3, 5, 12, 4", More], blocks);
    }

    [Fact]
    public void Extract_KeepsParagraph_WhenItsGeneratedIdStartsLikeANavigationHint()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p id="Ab3kQz">{Sentences}</p>
            <p id="NavzzU">{More}</p>
            <p class="menu"><a href="/a">Home</a> <a href="/b">News</a></p></article></body></html>
            """;

        var blocks = Extractor.Extract(html, null).Blocks.Select(b => b.Text).ToList();

        Assert.Equal([Sentences, More], blocks);
    }

    [Fact]
    public void Extract_KeepsProseItem_WhenItsListIsMostlyLinks()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{More}</p>
            <ul><li>{More}</li>
            <li>Earlier votes:<ul>
            <li><a href="/v/1">Vote 1 – The 2024 budget of 45.2 million euros passes after a short debate in the council</a></li>
            <li><a href="/v/2">Vote 2 – The 2023 budget of 44.1 million euros passes with 25 votes to 5 in the council</a></li>
            <li><a href="/v/3">Vote 3 – The 2022 budget of 43.0 million euros passes without a debate in the council</a></li>
            <li><a href="/v/4">Vote 4 – The 2021 budget of 41.7 million euros passes after the mayor's veto was overturned</a></li>
            </ul></li></ul></article></body></html>
            """;

        var blocks = Extractor.Extract(html, null).Blocks.Select(b => b.Text).ToList();

        Assert.Equal([Sentences, More, More], blocks);
    }
}
