using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Pipeline;

/// <summary>An article with what the pipeline found in it.</summary>
public sealed record ArticleAnalysis(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<Flag> Flags);

/// <summary>
/// The pure part of the pipeline: article → claims → flags. Fetching, storage and jobs sit around it;
/// `factcheck check` runs it in-process with no database.
/// </summary>
public sealed class ArticlePipeline(ArticleExtractor articles, ClaimExtractor claims, Checker checker)
{
    public static ArticlePipeline CreateDefault() =>
        new(new ArticleExtractor(), new ClaimExtractor(new QuantityExtractor()), Checker.Default());

    public Article ExtractHtml(string html, Uri? url) => articles.Extract(html, url);

    public Article ExtractText(string text, string? title) => articles.FromText(text, title);

    public IReadOnlyList<Claim> ExtractClaims(Article article) => claims.Extract(article.Text, article.Published);

    public IReadOnlyList<Flag> Check(
        Article article, IReadOnlyList<Claim> articleClaims, IReadOnlyList<Linking.ClaimLink>? links = null, IReadOnlyList<PeerClaim>? peers = null) =>
        checker.Run(new CheckContext(article, articleClaims, links, peers));

    public ArticleAnalysis Analyze(Article article)
    {
        var found = ExtractClaims(article);
        return new ArticleAnalysis(article, found, Check(article, found));
    }
}
