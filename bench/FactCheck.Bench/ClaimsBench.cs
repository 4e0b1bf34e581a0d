using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Tests.Claims;

namespace FactCheck.Bench;

/// <summary>
/// What the claim extractor reads around each figure, field by field, on the claims gold set: the measured thing, the
/// direction (origin, destination), the period, the place and the attribution.
/// </summary>
public static class ClaimsBench
{
    private const string DefaultGold = "tests/FactCheck.Core.Tests/Fixtures/Claims/claims-gold.jsonl";

    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith('-')) ?? DefaultGold;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"gold set not found: {path} (run from the repository root or pass its path)");
            return 1;
        }

        using var reader = File.OpenText(path);
        var score = ClaimGoldSet.Score(ClaimGoldSet.Read(reader), ClaimExtractor.Create());
        Console.WriteLine($"claims on {path}: {score.Sentences} sentences, {score.Figures} gold figures, {score.FiguresFound} found by the extractor");
        Console.WriteLine("  field          stated  accuracy  precision  recall   (over the figures found; precision over the values stated by us, recall over the gold's)");
        foreach (var field in ClaimContextScore.Fields)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {field,-13} {score.Stated(field),7}  {score.Accuracy(field),8:0.000}  {score.Precision(field),9:0.000}  {score.Recall(field),6:0.000}"));
        }

        if (args.Contains("-v"))
        {
            foreach (var o in score.Outcomes.Where(o => !o.Correct))
            {
                Console.WriteLine($"  #{o.Sentence.Id} {o.Gold.Quantity} {o.Field}: expected {o.Expected ?? "(none)"}, got {o.Actual ?? "(none)"}");
            }
        }

        return 0;
    }
}
