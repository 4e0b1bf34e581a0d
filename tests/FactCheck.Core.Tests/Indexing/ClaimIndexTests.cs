using FactCheck.Core.Indexing;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Indexing;

public sealed class ClaimIndexTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "factcheck-index-tests", Guid.NewGuid().ToString("N"));
    private readonly ClaimIndex index;

    public ClaimIndexTests()
    {
        index = new ClaimIndex(path);
        index.Replace(
            1,
            "Cable to Russia",
            [
                Row(1, 0, "China sent 119,000 miles of fiber-optic cable to Russia in May.", "119,000 miles", 11, "length", 191_512, new DateOnly(2025, 5, 1), "China; Russia"),
                Row(1, 1, "Battery exports reached $54 million in June.", "$54 million", 23, "currency", 54_000_000, new DateOnly(2025, 6, 1)),
            ],
            flagged: new HashSet<int> { 0 });
        index.Replace(2, "Wheat harvest", [
            Row(2, 0, "Farmers harvested 4.2 million tonnes of wheat in August.", "4.2 million tonnes", 18, "mass", 4_200_000_000, new DateOnly(2025, 8, 1)),
        ]);
        index.Commit(7);
    }

    [Fact]
    public void Search_FindsStemmedWords_WhenQueryUsesLuceneSyntax()
    {
        var result = index.Search(new ClaimQuery { Text = "fibers AND russia" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal("119,000 miles", hit.Quantity);
        Assert.Equal("Cable to Russia", hit.Title);
    }

    [Fact]
    public void Search_AppliesDimensionValueAndPeriodFilters_WhenGiven()
    {
        Assert.Equal(["$54 million"], index.Search(new ClaimQuery { Dimension = "currency" }).Hits.Select(h => h.Quantity));
        Assert.Equal(["119,000 miles"], index.Search(new ClaimQuery { Min = 100_000, Max = 1_000_000 }).Hits.Select(h => h.Quantity));
        Assert.Equal(["4.2 million tonnes"], index.Search(new ClaimQuery { From = new DateOnly(2025, 8, 10), To = new DateOnly(2025, 12, 31) }).Hits.Select(h => h.Quantity));
        Assert.Equal(2, index.Search(new ClaimQuery { SubmissionId = 1 }).Total);
    }

    [Fact]
    public void Search_FiltersByActorAndFlag_WhenAsked()
    {
        Assert.Equal(["119,000 miles"], index.Search(new ClaimQuery { Actor = "Russia" }).Hits.Select(h => h.Quantity));
        var flagged = Assert.Single(index.Search(new ClaimQuery { HasFlag = true }).Hits);
        Assert.True(flagged.Flagged);
        Assert.Equal(2, index.Search(new ClaimQuery { HasFlag = false }).Total);
    }

    [Fact]
    public void Search_PutsNewestPeriodFirst_WhenSortedByDate()
    {
        var hits = index.Search(new ClaimQuery { Sort = "date" }).Hits;

        Assert.Equal(["4.2 million tonnes", "$54 million", "119,000 miles"], hits.Select(h => h.Quantity));
        Assert.All(hits, h => Assert.True(float.IsFinite(h.Score)));
    }

    [Fact]
    public void Search_CountsMatchesPerDimension_WhenReturningFacets()
    {
        var result = index.Search(new ClaimQuery { From = new DateOnly(2025, 5, 1), To = new DateOnly(2025, 6, 30) });

        Assert.Equal(new Dictionary<string, int> { ["length"] = 1, ["currency"] = 1 }, result.Facets);
    }

    [Fact]
    public void Search_MarksHitsAndTheClaimsQuantity_WhenBuildingSnippets()
    {
        var hit = Assert.Single(index.Search(new ClaimQuery { Text = "fiber" }).Hits);

        Assert.Contains(new SnippetPart("fiber", Hit: true), hit.Snippet);
        Assert.Contains(new SnippetPart("119,000 miles", Hit: false, Quantity: true), hit.Snippet);
        Assert.Equal(hit.Sentence, string.Concat(hit.Snippet.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("\"fiber-optic cable\"", new[] { "fiber", "optic", "cable" })]
    [InlineData("harvest*", new[] { "harvested" })]
    [InlineData("fib?r AND NOT wheat", new[] { "fiber" })]
    public void Search_MarksEveryWordTheQueryMatches_WhenQueryIsAPhrasePrefixOrWildcard(string query, string[] marked)
    {
        var hit = Assert.Single(index.Search(new ClaimQuery { Text = query }).Hits);

        Assert.Equal(marked, hit.Snippet.Where(p => p.Hit).Select(p => p.Text));
        Assert.Equal(hit.Sentence, string.Concat(hit.Snippet.Select(p => p.Text)));
    }

    [Fact]
    public void Search_ThrowsReadableError_WhenQueryCannotBeParsed()
    {
        var e = Assert.Throws<InvalidSearchException>(() => index.Search(new ClaimQuery { Text = "cable AND (russia" }));

        Assert.StartsWith("Cannot read the query", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_LeavesOneCopyOfEachClaim_WhenSubmissionIsIndexedAgain()
    {
        index.Replace(2, "Wheat harvest", [
            Row(2, 0, "Farmers harvested 4.2 million tonnes of wheat in August.", "4.2 million tonnes", 18, "mass", 4_200_000_000, new DateOnly(2025, 8, 1)),
        ]);
        index.Commit(8);

        Assert.Equal(3, index.Count);
        Assert.Equal(8, index.Sequence);
    }

    [Fact]
    public void Sequence_SurvivesReopening_WhenCommitted()
    {
        index.Dispose();

        using var reopened = new ClaimIndex(path);

        Assert.Equal(7, reopened.Sequence);
        Assert.Equal(3, reopened.Count);
    }

    [Fact]
    public void Constructor_ExplainsTheLock_WhenFolderIsOpenElsewhere()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ClaimIndex(path));

        Assert.Contains("open in another process", e.Message, StringComparison.Ordinal);
    }

    private static ClaimRow Row(long submission, int ordinal, string sentence, string quantity, int offset, string dimension, double normalized, DateOnly month, string? actors = null) => new()
    {
        Actors = actors,
        SubmissionId = submission,
        Ordinal = ordinal,
        Start = 100 + offset,
        End = 100 + offset + quantity.Length,
        SentenceStart = 100,
        Text = quantity,
        Sentence = sentence,
        Unit = dimension,
        Dimension = dimension,
        Normalized = normalized,
        PeriodText = month.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture),
        PeriodFrom = month,
        PeriodTo = month.AddMonths(1).AddDays(-1),
        Json = "{}",
    };

    public void Dispose()
    {
        try
        {
            index.Dispose();
        }
        catch (ObjectDisposedException)
        {
        }

        Directory.Delete(path, recursive: true);
    }
}
