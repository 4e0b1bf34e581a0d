using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Samples;

namespace FactCheck.Core.Tests.Linking;

/// <summary>
/// Linking quality on the gold set (Fixtures/Linking/gold.jsonl: sentences written for it over the sample datasets,
/// each with its record or "none"). The same scoring as `bench links`; a quality test, not a timing test.
/// </summary>
public sealed class LinkingGoldSetTests : IDisposable
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Linking", "gold.jsonl");
    private readonly string path = Path.Combine(Path.GetTempPath(), "factcheck-gold-tests", Guid.NewGuid().ToString("N"));
    private readonly RecordIndex index;

    public LinkingGoldSetTests()
    {
        index = new RecordIndex(path);
        SampleDatasets.IndexInto(index);
    }

    [Fact]
    public void Score_MeetsPrecisionTargets_WhenLinkingTheGoldSet()
    {
        using var reader = File.OpenText(GoldPath);
        var gold = LinkingGoldSet.Read(reader);

        var score = LinkingGoldSet.Score(gold, ClaimExtractor.Create(), new ClaimLinker(index));

        Assert.True(score.Claims >= 200, $"{score.Claims} gold claims");
        Assert.True(score.Claims - score.WithRecord >= 60, $"{score.Claims - score.WithRecord} gold \"none\" claims");
        var misses = string.Join("\n", score.Outcomes.Where(o => !o.Correct).Select(o => $"{o.Gold.Id}: {o.Link?.Explanation}"));
        Assert.True(score.PrecisionAt1 >= 0.90, $"precision@1 {score.PrecisionAt1:0.000}\n{misses}");
        Assert.True(score.PrecisionAt1WithRecord >= 0.90, $"precision@1 over claims with a record {score.PrecisionAt1WithRecord:0.000}\n{misses}");
        Assert.True(score.PrecisionOfLinks >= 0.95, $"precision of links made {score.PrecisionOfLinks:0.000}\n{misses}");
    }

    [Fact]
    public void Read_NamesOnlySampleDatasetsAndFiguresInTheirSentence_WhenGoldSetIsWellFormed()
    {
        using var reader = File.OpenText(GoldPath);
        var gold = LinkingGoldSet.Read(reader);

        Assert.Equal(gold.Count, gold.Select(g => g.Id).Distinct().Count());
        Assert.All(gold, g => Assert.Contains(g.Quantity, g.Text, StringComparison.Ordinal));
        Assert.All(gold.Where(g => g.Record is not null), g => Assert.Contains(g.Record!.Dataset, SampleDatasets.Names));
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(path, recursive: true);
    }
}
