using FactCheck.Bench;

// Release benchmarks that print figures: dotnet run -c Release --project bench/FactCheck.Bench -- <name> [args]
var benches = new Dictionary<string, (string About, Func<string[], int> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["pipeline"] = ("the pure pipeline on the sample article: [iterations]", PipelineBench.Run),
    ["quantities"] = ("quantity extraction scored on the shared sets: [dir of score.py] [--out dir]", QuantitiesBench.Run),
    ["checks"] = ("precision/recall on the check corpus, check time at 300 and 2,000 quantities: [corpus.jsonl] [-v]", ChecksBench.Run),
    ["scale"] = ("generated data: import + index records, linking per claim, claim search p50/p99: [records] [claims]", ScaleBench.Run),
    ["claims"] = ("what the claim extractor reads around each figure, field by field, on the claims gold set: [gold.jsonl] [-v]", ClaimsBench.Run),
    ["links"] = ("linking precision@1, precision of links made and recall on the gold set: [gold.jsonl] [-v]", LinksBench.Run),
    ["articles"] = ("our extractor beside SmartReader on the shared sets, scored by score.py: [--data DIR] [--out DIR]", ArticlesBench.Run),
};

#if DEBUG
Console.Error.WriteLine("warning: Debug build; figures are only meaningful with -c Release");
#endif

if (args.Length == 0 || !benches.TryGetValue(args[0], out var bench))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/FactCheck.Bench -- <bench> [args]");
    foreach (var (name, (about, _)) in benches)
    {
        Console.Error.WriteLine($"  {name,-12} {about}");
    }

    return 2;
}

return bench.Run(args[1..]);
