using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>
/// Regression floors on the two claims gold sets (the bench `claims` prints the full table). claims-gold guided the
/// context rules; claims-check was written afterwards by an annotator who saw neither the rules nor the first set.
/// </summary>
public class ClaimGoldSetTests
{
    private static ClaimContextScore Score(string file)
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Claims", file));
        return ClaimGoldSet.Score(ClaimGoldSet.Read(reader), ClaimExtractor.Create());
    }

    [Theory]
    [InlineData("claims-gold.jsonl", "measure", 0.89)]
    [InlineData("claims-gold.jsonl", "origin", 0.95)]
    [InlineData("claims-gold.jsonl", "destination", 0.95)]
    [InlineData("claims-gold.jsonl", "period", 0.93)]
    [InlineData("claims-gold.jsonl", "place", 0.93)]
    [InlineData("claims-gold.jsonl", "attribution", 0.97)]
    [InlineData("claims-check.jsonl", "measure", 0.82)]
    [InlineData("claims-check.jsonl", "origin", 0.95)]
    [InlineData("claims-check.jsonl", "destination", 0.95)]
    [InlineData("claims-check.jsonl", "period", 0.92)]
    [InlineData("claims-check.jsonl", "place", 0.85)]
    [InlineData("claims-check.jsonl", "attribution", 0.95)]
    public void Score_StaysAboveFloor_WhenContextFieldIsRead(string file, string field, double floor)
    {
        var score = Score(file);

        Assert.Equal(score.Figures, score.FiguresFound);
        Assert.True(score.Accuracy(field) >= floor, $"{file} {field}: accuracy {score.Accuracy(field):0.000} < {floor}");
    }
}
