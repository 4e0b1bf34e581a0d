using System.Text;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>
/// Extraction must stay linear on long unbroken paragraphs (pasted tables, scraped lists). Asserted on
/// the work the scan reports and on the quantities found, never on wall-clock time.
/// </summary>
[Collection(Name)]
public class QuantityExtractorScaleTests
{
    /// <summary>
    /// Run alone, after the parallel tests: megabyte inputs would otherwise take the CPU from the timed
    /// hostile-HTML tests on a small machine.
    /// </summary>
    public const string Name = "Megabyte inputs";

    private static readonly QuantityExtractor Extractor = new();

    /// <summary>Each shape with the quantities one copy of it holds.</summary>
    public static TheoryData<string, int> Shapes => new()
    {
        { "The mill ground 1,234,567 bags, ", 1 },
        { "prices rose 12.5% to $54 million and ", 2 },
        { "seventy-two inspectors visited ", 1 },
        { "a 12-mile trail and 5–10 km loops ", 2 },
        { "one hundred and twenty thousand two hundred; ", 1 },
        { "million billion trillion ", 0 },
        { "1-2-3-4-5-6-7-8 ", 4 },
        { "+1 555 123 4567, ", 0 },
        { "call 555-123-4567 or ", 0 },
        { "- -- --- , , ,,, ", 0 },
        { "9/11 24/7 10:30 16 May 2024 ", 0 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Extract_ScalesLinearly_WhenParagraphGrowsFrom100KbTo1Mb(string shape, int perCopy)
    {
        var (small, smallCopies) = Paragraph(shape, 100 * 1024);
        var (large, largeCopies) = Paragraph(shape, 1024 * 1024);

        var smallFound = Extractor.Extract(small, out var smallWork);
        var largeFound = Extractor.Extract(large, out var largeWork);

        Assert.Equal(perCopy * smallCopies, smallFound.Count);
        Assert.Equal(perCopy * largeCopies, largeFound.Count);

        // Ten times the text may cost ten times the work, with slack for the copy cut at the end; a
        // quadratic rule would cost a hundred times.
        var ratio = (double)largeWork / Math.Max(1, smallWork);
        Assert.InRange(ratio, 0, 10.0 * largeCopies / smallCopies * 1.05);
        Assert.True(largeWork <= 4L * large.Length, $"work {largeWork} for {large.Length} chars");
    }

    [Fact]
    public void Extract_FindsEveryFigure_WhenMegabyteParagraphMixesShapes()
    {
        var sb = new StringBuilder();
        var expected = 0;
        var copies = 0;
        while (sb.Length < 1024 * 1024)
        {
            foreach (var (shape, count) in Shapes.Select(row => ((string)row[0], (int)row[1])))
            {
                sb.Append(shape);
                expected += count;
            }

            copies++;
        }

        var found = Extractor.Extract(sb.ToString(), out var work);

        Assert.Equal(expected, found.Count);
        Assert.True(work <= 4L * sb.Length, $"work {work} for {sb.Length} chars");
        Assert.True(copies > 1000);
    }

    private static (string Text, int Copies) Paragraph(string shape, int length)
    {
        var copies = (length + shape.Length - 1) / shape.Length;
        var sb = new StringBuilder(copies * shape.Length);
        for (var i = 0; i < copies; i++)
        {
            sb.Append(shape);
        }

        return (sb.ToString(), copies);
    }
}

[CollectionDefinition(QuantityExtractorScaleTests.Name, DisableParallelization = true)]
public sealed class MegabyteInputsCollection;
