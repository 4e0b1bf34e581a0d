namespace FactCheck.Core.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Article_Text_JoinsBlocksWithBlankLine() =>
        Assert.Equal("a\n\nb", new Articles.Article { Blocks = [new(Articles.BlockKind.Paragraph, "a"), new(Articles.BlockKind.Paragraph, "b")] }.Text);
}
