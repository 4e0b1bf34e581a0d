using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>The JSON-LD <c>articleBody</c> fallback, each rule on a small page written for it.</summary>
public class StructuredBodyTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string First =
        "The council approved a budget of 48 million euros on Tuesday, 6% more than last year, after a debate that lasted four hours. "
        + "Most of the increase, about 2.1 million euros, goes to schools, and the rest to road repairs and the fire service, the mayor said.";

    private const string Second =
        "The opposition voted against it and wants to propose cuts of 3 million euros at the final reading on 14 March. "
        + "Mr. Berger, who leads the group, said the town could not afford a sixth year of rising spending while its debt stood at 112 million euros.";

    private const string Third =
        "Property tax stays at 410 points for the third year running, and the fee for rubbish collection rises by 4 euros a household. "
        + "The county must still approve the budget; in the past ten years it has never refused one, the treasurer said on Wednesday evening.";

    private static string Page(string articleBody, string markupBody) => $$"""
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Town News"},
          {"@type": "NewsArticle", "headline": "Council passes budget", "articleBody": "{{articleBody}}"}]}
        </script></head>
        <body><article><h1>Council passes budget</h1>{{markupBody}}</article>
        <footer><a href="/imprint">Imprint</a></footer></body></html>
        """;

    [Fact]
    public void Extract_UsesJsonLdArticleBody_WhenMarkupHoldsOnlyTeaser()
    {
        var html = Page($"{First}\\n{Second}\\n{Third}", "<p>The council approved a budget on Tuesday.</p><div class=\"paywall\">Subscribe to read on</div>");

        var article = Extractor.Extract(html, null);

        Assert.Equal([First, Second, Third], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsMarkupBody_WhenJsonLdArticleBodyIsTeaser()
    {
        var html = Page(First, $"<p>{First}</p><p>{Second}</p><p>{Third}</p>");

        var article = Extractor.Extract(html, null);

        Assert.Equal([First, Second, Third], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsMarkupBody_WhenItHoldsAFairShareOfArticleBody()
    {
        // The JSON-LD copy adds an older paragraph, but the markup is the page as printed.
        var html = Page($"{First}\\n{Second}\\n{Third}\\n{First}", $"<p>{Second}</p><p>{Third}</p>");

        var article = Extractor.Extract(html, null);

        Assert.Equal([Second, Third], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_GroupsSentencesIntoParagraphs_WhenArticleBodyHasNoLineBreaks()
    {
        var html = Page($"{First} {Second} {Third}", string.Empty);

        var article = Extractor.Extract(html, null);

        // Grouped by length: no paragraph starts after "Mr." and none is a lone short sentence.
        Assert.Equal(string.Join(' ', First, Second, Third), string.Join(' ', article.Blocks.Select(b => b.Text)));
        Assert.InRange(article.Blocks.Count, 2, 4);
        Assert.DoesNotContain(article.Blocks, b => b.Text.StartsWith("Berger", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReadsParagraphsOfArticleBody_WhenItCarriesEscapedHtml()
    {
        var html = Page($"&lt;p&gt;{First}&lt;/p&gt;&lt;p&gt;{Second.Replace("3 million", "&lt;strong&gt;3 million&lt;/strong&gt;", StringComparison.Ordinal)}&lt;/p&gt;&lt;p&gt;{Third}&lt;/p&gt;", string.Empty);

        var article = Extractor.Extract(html, null);

        Assert.Equal([First, Second, Third], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_IgnoresArticleBody_WhenJsonLdIsBeyondItsSizeBound()
    {
        var huge = string.Concat(Enumerable.Repeat(First + "\\n", 5_000));
        var html = Page(huge, "<p>The council approved a budget on Tuesday, the mayor said.</p>");

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain(article.Blocks, b => b.Text == First);
    }
}
