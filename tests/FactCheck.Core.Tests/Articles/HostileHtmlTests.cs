using System.Text;
using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>Pages built to hurt the extractor must come back quickly and without a stack overflow.</summary>
public class HostileHtmlTests
{
    // No wall-clock budget here: speed is measured by the benchmarks, and a loaded CI machine would make a
    // timed test flaky. These tests prove the extractor finishes (test.sh stops a hung test) and stays correct.
    private static Article ExtractTimed(string html) => new ArticleExtractor().Extract(html, null);

    private static string Nest(string open, int depth, string inner)
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        return sb.Append(inner).ToString();
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<span>")]
    [InlineData("<b>")]
    [InlineData("<a href=x>")]
    [InlineData("<blockquote>")]
    [InlineData("<ul><li>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<div class=content><p>")]
    [InlineData("<div class=dek>")]
    public void Extract_Finishes_WhenNestingIs10000Deep(string open)
    {
        var article = ExtractTimed(Nest(open, 10_000, "Exports rose 4% in May, the ministry said on Monday."));

        Assert.Contains("Exports rose 4% in May", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Finishes_WhenThreadStackIsSmall()
    {
        // Recursion over 10,000 levels would overflow a 256 KB stack and kill the process.
        var html = Nest("<div><span>", 10_000, "Exports rose 4% in May, the ministry said on Monday.");
        Article? article = null;
        var thread = new Thread(() => article = new ArticleExtractor().Extract(html, null), 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.Contains("Exports rose 4% in May", article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Finishes_WhenPageHas100000Elements()
    {
        var sb = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("<p>Paragraph ").Append(i).Append(", with a comma and a few more words.</p>");
        }

        var article = ExtractTimed(sb.ToString());

        Assert.Equal(100_000, article.Blocks.Count);
    }

    [Fact]
    public void Extract_Finishes_WhenPageHas100000SiblingLinks()
    {
        var sb = new StringBuilder("<html><body><div>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("<a href=\"/").Append(i).Append("\">link</a>");
        }

        sb.Append("</div><p>Exports rose 4% in May, the ministry said on Monday, citing customs data.</p>");

        Assert.Contains("Exports rose 4% in May", ExtractTimed(sb.ToString()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Finishes_WhenAttributesAreHuge()
    {
        var huge = new string('a', 5_000_000);
        var html = $"<html lang=\"{huge}\"><head><title>{huge}</title><meta name=\"description\" content=\"{huge}\">"
            + $"<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{huge}\"}}</script></head>"
            + $"<body><div class=\"{huge}\" id=\"{huge}\" style=\"{huge}\"><p class=\"{huge}\">Exports rose 4% in May, the ministry said.</p></div></body></html>";

        var article = ExtractTimed(html);

        Assert.Contains("Exports rose 4% in May", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Language);
    }

    [Fact]
    public void Extract_Finishes_WhenJsonLdIsDeeplyNested()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var html = $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><p>Exports rose 4% in May.</p></body></html>";

        Assert.Contains("Exports rose 4% in May", ExtractTimed(html).Text, StringComparison.Ordinal);
    }
}
