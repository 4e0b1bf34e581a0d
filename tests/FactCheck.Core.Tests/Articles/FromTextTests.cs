using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

public class FromTextTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name));

    [Fact]
    public void FromText_DropsAggregatorJunk_WhenPastedFromScrapedPage()
    {
        var article = Extractor.FromText(Fixture("pasted-aggregator.txt"), "China shipped Russia 328,000 miles of drone cable in August, Ukraine got 72");

        Assert.Equal(
        [
            "THE DAILY WIRE DESK",
            "Oct 14, 2025 |",
            "| Springfield,MN",
            "Olena Marchuk",
            "Customs records point to a surge in Chinese cable and battery exports to Russia.",
            "Russia received 328,000 miles (527,865 km) of fibre-optic cable from Chinese exporters in August, while Ukraine received 72 miles (116 km).",
            "Battery exports to Russia peaked at $54 million in June and reached $47 million in August.",
        ],
        article.Blocks.Select(b => b.Text));
        Assert.Equal(["Workers load spools of cable at a depot in 2024. Photo: Ledger archive"], article.Captions);
        Assert.All(article.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void FromText_TakesShortFirstLineAsTitle_WhenNoTitleGiven()
    {
        var article = Extractor.FromText("Wheat harvest falls 8%\n\nThe harvest fell 8% to 21.4 million tonnes.\n\nMaize rose 3%.", null);

        Assert.Equal("Wheat harvest falls 8%", article.Title);
        Assert.Equal(["The harvest fell 8% to 21.4 million tonnes.", "Maize rose 3%."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void FromText_LeavesTitleEmpty_WhenFirstLineIsASentence()
    {
        var article = Extractor.FromText("The harvest fell 8% to 21.4 million tonnes.\n\nMaize rose 3%.", null);

        Assert.Null(article.Title);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void FromText_SplitsOnSingleNewlines_WhenTextHasNoBlankLines()
    {
        var article = Extractor.FromText("Exports rose 4% in May.\nImports fell 2% in June.\r\nThe deficit narrowed.", "Trade");

        Assert.Equal(["Exports rose 4% in May.", "Imports fell 2% in June.", "The deficit narrowed."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void FromText_JoinsLines_WhenParagraphIsHardWrapped()
    {
        var text = "Exports of fibre-optic cable to Russia grew almost tenfold\nbetween July and August, the customs records show, after\nrecord highs in May and June.\n\nSecond paragraph.";

        var article = Extractor.FromText(text, "Cable");

        Assert.Equal(
            ["Exports of fibre-optic cable to Russia grew almost tenfold between July and August, the customs records show, after record highs in May and June.", "Second paragraph."],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void FromText_JoinsLines_WhenLineContinuesSentence()
    {
        var article = Extractor.FromText("Exports rose 4% in May\nand imports fell 2%.\nA new paragraph.", "Trade");

        Assert.Equal(["Exports rose 4% in May and imports fell 2%.", "A new paragraph."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void FromText_NormalisesWhitespace_WhenTextHasTabsAndNbsp()
    {
        var article = Extractor.FromText("Exports\trose\u00A0 4%\u200B in  May.", "Trade");

        Assert.Equal("Exports rose 4% in May.", article.Text);
    }

    [Theory]
    [InlineData("exports rose four percent in may while imports fell two percent in june.")]
    [InlineData("china shipped cable to russia in august, analysts said; ukraine got far less")]
    [InlineData("Exports rose in May and drone cable shipments to Russia climbed")]
    public void FromText_KeepsLowercaseSentence_WhenItIsNotKeywordSalad(string line)
    {
        var article = Extractor.FromText(line, "China shipped Russia drone cable in August");

        Assert.Single(article.Blocks);
    }

    [Fact]
    public void FromText_ReadsAuthor_WhenLineIsByline()
    {
        var article = Extractor.FromText("By Jane Doe and John Roe\n\nExports rose 4% in May.", "Trade");

        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("Exports rose 4% in May.", article.Text);
    }
}
