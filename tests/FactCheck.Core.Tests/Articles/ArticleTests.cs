using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

public class ArticleTests
{
    [Fact]
    public void Text_JoinsBlocksWithBlankLine_WhenArticleHasBlocks() =>
        Assert.Equal("a\n\nb", new Article { Blocks = [new(BlockKind.Paragraph, "a"), new(BlockKind.Paragraph, "b")] }.Text);
}
