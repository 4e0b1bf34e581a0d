namespace FactCheck.Core.Articles;

/// <summary>Pulls the article out of a page's HTML with AngleSharp. Pure: no I/O.</summary>
public sealed class ArticleExtractor
{
    public Article Extract(string html, Uri? url) => throw new NotImplementedException();

    /// <summary>An article from pasted plain text: paragraphs split on blank lines.</summary>
    public Article FromText(string text, string? title) => throw new NotImplementedException();
}
