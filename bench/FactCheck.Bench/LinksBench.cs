using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Samples;
using FactCheck.Core.Tests.Linking;

namespace FactCheck.Bench;

/// <summary>
/// Linking quality on the gold set: the sample datasets imported into a temp store and indexed the way a job node
/// does it, each gold sentence's claim linked, the top answer compared with the gold record (or "none").
/// </summary>
public static class LinksBench
{
    private const string DefaultGold = "tests/FactCheck.Core.Tests/Fixtures/Linking/gold.jsonl";

    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith('-')) ?? DefaultGold;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"gold set not found: {path} (run from the repository root or pass its path)");
            return 1;
        }

        var root = Path.Combine(Path.GetTempPath(), $"factcheck-links-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            return RunAsync(path, args.Contains("-v"), root).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string path, bool verbose, string root)
    {
        await using var store = await BenchStore.CreateAsync(root);
        foreach (var name in SampleDatasets.Names)
        {
            await using var table = SampleDatasets.Open(name);
            var result = await store.ImportAsync(table, name + ".csv", SampleDatasets.Mapping(name));
            if (!result.Imported)
            {
                Console.Error.WriteLine($"{name}: import failed: {result.Errors.FirstOrDefault()}");
                return 1;
            }
        }

        using var index = await store.IndexRecordsAsync();
        using var reader = File.OpenText(path);
        var score = LinkingGoldSet.Score(LinkingGoldSet.Read(reader), ClaimExtractor.Create(), new ClaimLinker(index));

        Console.WriteLine($"links on {path}: {score.Claims} claims, {score.WithRecord} with a gold record, {score.Claims - score.WithRecord} gold \"none\"; {index.Count:N0} records on {store.Provider}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precision@1 (all claims, \"none\" counted)   {score.PrecisionAt1:0.000}  (target >= 0.90)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precision@1 (claims with a gold record)     {score.PrecisionAt1WithRecord:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  \"none\" right (claims with no gold record)   {score.NoneAccuracy:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precision of links made                     {score.PrecisionOfLinks:0.000}  ({score.CorrectLinks} of {score.LinksMade}; target >= 0.95)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  recall                                      {score.Recall:0.000}  ({score.CorrectLinks} of {score.WithRecord})"));
        var misses = score.Outcomes.Where(o => !o.Correct).ToList();
        Console.WriteLine($"  misses                                      {misses.Count}{(verbose ? "" : " (-v lists them)")}");
        if (verbose)
        {
            foreach (var miss in misses)
            {
                var gold = miss.Gold.Record is { } g ? $"{g.Dataset} {string.Join("; ", g.Dimensions.Select(d => $"{d.Key}: {d.Value}"))} {g.Period}" : "none";
                var got = miss.Link is null ? $"no claim with \"{miss.Gold.Quantity}\" extracted" : miss.Link.Record is { } r ? $"{r.Description} {r.Period} ({r.Dataset})" : "none";
                Console.WriteLine($"    {miss.Gold.Id}: {miss.Gold.Text}");
                Console.WriteLine($"      gold {gold}; linked {got}; {miss.Link?.Explanation}");
                if (miss.Claim is { } c)
                {
                    Console.WriteLine($"      claim: measure \"{c.Measure}\", actors [{string.Join(", ", c.Actors)}], period {c.Period?.Text}");
                }
            }
        }

        return 0;
    }
}
