using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Tests.Checks;

namespace FactCheck.Bench;

/// <summary>
/// The consistency checks: precision and recall per flag type on the labelled corpus, and the time the
/// checks alone take on a long synthetic article (300 and 2,000 quantities).
/// </summary>
public static class ChecksBench
{
    private static readonly ICheck[] CheckList =
    [
        new MixedUnitsCheck(), new ConversionMismatchCheck(), new ConflictingValuesCheck(), new ArithmeticMismatchCheck(),
        new BoundConflictCheck(), new UnitConfusionCheck(), new UnverifiableCheck(),
    ];

    // The generated corpus, then 40 articles written by hand in other words (a harder, smaller set).
    private static readonly string[] DefaultCorpora =
    [
        "tests/FactCheck.Core.Tests/Fixtures/Checks/corpus.jsonl",
        "tests/FactCheck.Core.Tests/Fixtures/Checks/handwritten.jsonl",
    ];

    public static int Run(string[] args)
    {
        if (args.Length == 2 && args[0] == "--print-synthetic")
        {
            // The timed article itself, to read what the checks were given.
            Console.WriteLine(Synthetic(int.Parse(args[1], CultureInfo.InvariantCulture), 0));
            return 0;
        }

        var paths = args.Where(a => !a.StartsWith('-')).ToArray();
        var verbose = args.Contains("-v");
        var pipeline = ArticlePipeline.CreateDefault();
        foreach (var path in paths.Length > 0 ? paths : DefaultCorpora)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"corpus not found: {path} (run from the repository root or pass its path)");
                return 1;
            }

            Score(pipeline, path, verbose);
            Console.WriteLine();
        }

        Time(pipeline, 300, 5_000);
        Time(pipeline, 2_000, 33_000);
        return 0;
    }

    private static void Score(ArticlePipeline pipeline, string path, bool verbose)
    {
        var entries = CheckCorpus.Load(path);
        var results = entries.Select(e => CheckCorpus.Run(pipeline, e)).ToList();
        var scores = CheckCorpus.Score(results);

        var clean = entries.Count(e => e.Expected.Count == 0);
        Console.WriteLine($"checks on {path}: {entries.Count} articles ({clean} clean), {entries.Sum(e => e.Expected.Count)} expected flags");
        Console.WriteLine($"  {"type",-22} {"expected",8} {"raised",7} {"TP",5} {"FP",5} {"FN",5} {"precision",10} {"recall",8}");
        foreach (var (type, c) in scores)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {type,-22} {c.TruePositives + c.FalseNegatives,8} {c.TruePositives + c.FalsePositives,7} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5} {c.Precision,10:0.000} {c.Recall,8:0.000}"));
        }

        if (verbose)
        {
            foreach (var r in results.Where(r => r.FalsePositives.Count > 0 || r.FalseNegatives.Count > 0))
            {
                Console.WriteLine($"\n{r.Entry.Id}: {r.Entry.Text.Replace("\n\n", " ¶ ", StringComparison.Ordinal)}");
                foreach (var f in r.FalsePositives)
                {
                    Console.WriteLine($"  FP {f.Type} [{string.Join(" | ", f.Surfaces)}] {f.Message}");
                }

                foreach (var e in r.FalseNegatives)
                {
                    Console.WriteLine($"  FN {e.Type} [{string.Join(" | ", e.Quantities)}]");
                }

                foreach (var f in r.Raised)
                {
                    Console.WriteLine($"  raised {f.Type} [{string.Join(" | ", f.Surfaces)}]");
                }
            }
        }

    }

    /// <summary>Checks only (claims extracted once, outside the clock) on a synthetic article.</summary>
    private static void Time(ArticlePipeline pipeline, int quantities, int words)
    {
        var text = Synthetic(quantities, words);
        var article = pipeline.ExtractText(text, "Synthetic") with { Published = new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.Zero) };
        var claims = pipeline.ExtractClaims(article);
        // Warm-up past tiered compilation (30 calls, then a background recompile): a long-running worker
        // pays neither JIT nor tier-0 code per article. Five rounds left tier-0 code in the timed runs.
        for (var i = 0; i < 60; i++)
        {
            pipeline.Check(article, claims);
        }

        Thread.Sleep(200);

        const int Runs = 20;
        IReadOnlyList<Flag> flags = [];
        var times = new List<double>();

        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            flags = pipeline.Check(article, claims);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Runs;
        times.Sort();

        // Which check costs what, so a regression points at its cause.
        var perCheck = new List<string>();
        foreach (var check in CheckList)
        {
            var watch = Stopwatch.StartNew();
            var best = double.MaxValue;
            for (var i = 0; i < 10; i++)
            {
                // A fresh context each time: the shared pair and relation caches are per context.
                watch.Restart();
                _ = check.Run(new CheckContext(article, claims)).Count();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            perCheck.Add(string.Create(CultureInfo.InvariantCulture, $"{check.Type} {best:0.0}"));
        }

        var wordCount = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  checks on a synthetic article: {wordCount:N0} words, {claims.Count:N0} claims, {flags.Count} flags — median {times[Runs / 2]:0.00} ms, max {times[^1]:0.00} ms over {Runs} runs, {cpu:0.00} ms CPU per run"));
        Console.WriteLine($"    flags: {string.Join(", ", flags.GroupBy(f => f.Type).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"    per check (ms, each alone, best of 10): {string.Join(", ", perCheck)}");
    }

    /// <summary>
    /// A long article in the corpus' style: many measures and countries, a few repeated figures and relations,
    /// filler prose to reach the word count. Seeded, so every run checks the same text.
    /// </summary>
    internal static string Synthetic(int quantities, int words)
    {
        var random = new Random(5);
        string[] countries = ["Norway", "Kenya", "Chile", "Vietnam", "Poland", "Egypt", "Peru", "Ghana", "Portugal", "Morocco", "Finland", "Ireland"];
        string[] measures = ["salmon", "coffee", "copper ore", "wheat", "scrap steel", "cocoa", "rice", "timber", "cement", "cotton", "sugar", "tea"];
        string[] months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November"];
        const string Filler = "Officials said the figures were preliminary and would be revised when the final customs returns arrive from the regional offices later in the season. ";
        var builder = new StringBuilder();
        var stated = new List<(string Country, string Measure, string Month, int Year, int Value)>();
        var made = 0;
        var paragraph = 0;
        while (made < quantities)
        {
            // Walk through country × measure × month × year so that, as in a real article, a figure is
            // stated for one quantity once (restatements below are deliberate).
            var country = countries[paragraph % countries.Length];
            var measure = measures[(paragraph / countries.Length) % measures.Length];
            var month = months[paragraph % months.Length];
            var year = 1901 + ((paragraph / months.Length) % 198);
            switch (paragraph++ % 4)
            {
                case 0:
                    var first = random.Next(100, 9000);
                    stated.Add((country, measure, month, year, first));
                    builder.Append(CultureInfo.InvariantCulture, $"{country} exported {first:N0} tonnes of {measure} in {month} {year}, and {random.Next(100, 9000):N0} tonnes in {months[(Array.IndexOf(months, month) + 1) % months.Length]} {year}. ");
                    made += 2;
                    break;
                case 1:
                    var before = random.Next(100, 900);
                    var rise = random.Next(5, 40);
                    builder.Append(CultureInfo.InvariantCulture, $"Revenue from {measure} in {country} rose {rise}% to ${Math.Round(before * (1 + (rise / 100.0)))} million in {year} from ${before} million in {year - 1}. ");
                    made += 3;
                    break;
                case 2:
                    builder.Append(CultureInfo.InvariantCulture, $"{country} laid {random.Next(10, 400)} km of railway track in {month} {year}, while {random.Next(2, 40)} percent of the {random.Next(50, 300)} stations were rebuilt. ");
                    made += 3;
                    break;
                default:
                    // A restatement of an earlier figure; one in ten disagrees, as a careless edit would.
                    var (c, m, mo, y, value) = stated.Count > 0 ? stated[random.Next(stated.Count)] : (country, measure, month, year, 500);
                    var restated = random.Next(10) == 0 ? value + random.Next(500, 2000) : value;
                    builder.Append(CultureInfo.InvariantCulture, $"Later, officials said {c} exported {restated:N0} tonnes of {m} in {mo} {y}. ");
                    made += 1;
                    break;
            }

            builder.Append(Filler);
            if (paragraph % 3 == 0)
            {
                builder.Append(Article.BlockSeparator);
            }
        }

        var text = builder.ToString();
        var have = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        var padding = new StringBuilder();
        while (have < words)
        {
            padding.Append(Article.BlockSeparator).Append(Filler.Trim());
            have += Filler.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return text + padding;
    }
}
