using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Pipeline;

namespace FactCheck.Core.Tests.Claims;

/// <summary>
/// Our own news sentences with the quantities an editor would mark (Fixtures/Quantities, the format of the
/// shared score.py's `--set file`). A regression guard for news phrasing; the bench prints the exact figures.
/// </summary>
public class QuantityExtractorNewsSetTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Theory]
    [InlineData("news-dev.json")]
    [InlineData("news-check.json")]
    [InlineData("news-check2.json")]
    [InlineData("news-check3.json")]
    [InlineData("news-check4.json")]
    [InlineData("news-check5.json")]
    [InlineData("news-check6.json")]
    [InlineData("news-check7.json")]
    [InlineData("news-check8.json")]
    [InlineData("news-check9.json")]
    [InlineData("news-check10.json")]
    public void Extract_MatchesEditorsAnnotations_WhenSentencesAreNews(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Quantities", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int gold = 0, predicted = 0, valueHits = 0, unitHits = 0;
        var misses = new List<string>();
        foreach (var sentence in doc.RootElement.EnumerateArray())
        {
            var text = sentence.GetProperty("text").GetString()!;
            var found = Extractor.Extract(text).ToList();
            predicted += found.Count;
            foreach (var q in sentence.GetProperty("quantities").EnumerateArray())
            {
                gold++;
                var (low, high) = Bounds(q.GetProperty("value"));
                var unit = q.GetProperty("normalized_unit").GetString()!;
                var match = found.FirstOrDefault(f => Close(f.Value, low) && Close(f.High ?? f.Value, high) && SameUnit(f, unit))
                            ?? found.FirstOrDefault(f => Close(f.Value, low) && Close(f.High ?? f.Value, high));
                if (match is null)
                {
                    misses.Add($"{text} → missing {low} {unit}");
                    continue;
                }

                found.Remove(match);
                valueHits++;
                unitHits += SameUnit(match, unit) ? 1 : 0;
            }
        }

        var valueF1 = 2.0 * valueHits / (gold + predicted);
        var unitF1 = 2.0 * unitHits / (gold + predicted);
        Assert.True(valueF1 >= 0.95 && unitF1 >= 0.90, $"value F1 {valueF1:0.000}, value+unit F1 {unitF1:0.000}\n{string.Join('\n', misses)}");
    }

    private static (double Low, double High) Bounds(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? (value[0].GetDouble(), value[1].GetDouble()) : (value.GetDouble(), value.GetDouble());

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-5 * Math.Max(1, Math.Abs(b));

    private static bool SameUnit(Quantity q, string unit) =>
        string.Equals(QuantityReport.UnitName(q), unit, StringComparison.OrdinalIgnoreCase)
        || (unit == "percentage" && q.Dimension == Dimension.Percentage)
        || (unit.Length == 0 && q.Unit.Length == 0);
}
