using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Datasets;
using FactCheck.Core.Indexing;
using FactCheck.Core.Linking;
using FactCheck.Core.Storage;

namespace FactCheck.Bench;

/// <summary>
/// Scale on generated data: import + index N dataset records, search over N indexed claims (p50/p99), and linking
/// time per claim. Uses an embedded SQLite file in a temp folder, or PostgreSQL when ConnectionStrings__FactCheck is set.
/// </summary>
public static class ScaleBench
{
    private static readonly string[] Countries =
        ["Russia", "Ukraine", "China", "Norway", "Chile", "Brazil", "India", "Japan", "Germany", "France", "Spain", "Italy", "Poland", "Egypt", "Kenya", "Peru", "Mexico", "Canada", "Turkey", "Iran"];

    private static readonly string[] Commodities =
        ["fiber-optic cable", "lithium-ion batteries", "wheat", "crude oil", "natural gas", "copper ore", "steel pipes", "solar panels", "coal", "fertiliser"];

    public static int Run(string[] args)
    {
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var claims = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : records;
        var root = Path.Combine(Path.GetTempPath(), $"factcheck-scale-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            return RunAsync(records, claims, root).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunAsync(int recordCount, int claimCount, string root)
    {
        await using var store = await BenchStore.CreateAsync(root);
        Console.WriteLine($"scale on {store.Provider}: {recordCount:N0} records, {claimCount:N0} claims");

        // 1. Generate a long table (country × partner × commodity × month) and import + index it.
        var csv = Path.Combine(root, "trade.csv");
        await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            await writer.WriteLineAsync("exporter,partner,commodity,month,value,unit");
            for (var i = 0; i < recordCount; i++)
            {
                var (exporter, partner, commodity, month) = Key(i);
                await writer.WriteLineAsync($"{exporter},{partner},{commodity},{month:yyyy-MM},{(i % 997) * 13 + 100},thousand tonnes");
            }
        }

        var mapping = new DatasetMapping
        {
            Dataset = "Generated trade",
            Dimensions = ["exporter", "partner", "commodity"],
            Period = "month",
            Value = "value",
            UnitColumn = "unit",
        };
        var watch = Stopwatch.StartNew();
        ImportResult imported;
        await using (var file = File.OpenRead(csv))
        {
            imported = await store.ImportAsync(file, csv, mapping);
        }

        var importTime = watch.Elapsed;
        if (!imported.Imported)
        {
            Console.Error.WriteLine($"import failed: {imported.Errors.FirstOrDefault()}");
            return 1;
        }

        watch.Restart();
        using var recordIndex = await store.IndexRecordsAsync();
        var indexTime = watch.Elapsed;
        Console.WriteLine($"  import                  {importTime.TotalSeconds:N1} s ({imported.Records / importTime.TotalSeconds:N0} records/s)");
        Console.WriteLine($"  record index            {indexTime.TotalSeconds:N1} s; import + index {(importTime + indexTime).TotalSeconds:N1} s (target < 180 s for 1,000,000)");

        // 2. Linking: claims that should each find their record.
        var linker = new ClaimLinker(recordIndex);
        var extractor = new QuantityExtractor();
        var linkTimes = new List<double>();
        var linked = 0;
        var cpu = CpuTime();
        for (var i = 0; i < 1_000; i++)
        {
            var n = (int)((long)i * 7919 % recordCount);
            var (exporter, partner, commodity, month) = Key(n);
            var claim = new Claim
            {
                Ordinal = 0,
                Quantity = extractor.Extract($"{((n % 997) * 13) + 100:N0},000 tonnes").Single(),
                Sentence = "",
                SentenceStart = 0,
                Measure = commodity,
                Actors = [exporter, partner],
                Period = new Period(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture), month, month.AddMonths(1).AddDays(-1)),
            };
            watch.Restart();
            var link = linker.Link(claim);
            linkTimes.Add(watch.Elapsed.TotalMilliseconds);
            linked += link.IsLinked ? 1 : 0;
            if (!link.IsLinked && Environment.GetEnvironmentVariable("FACTCHECK_BENCH_VERBOSE") is not null)
            {
                Console.WriteLine($"    not linked: {exporter} → {partner}, {commodity}, {month:yyyy-MM}: {link.Explanation}");
            }
        }

        var linkCpu = (CpuTime() - cpu).TotalMilliseconds / linkTimes.Count;
        Console.WriteLine($"  linking                 {Percentile(linkTimes, 0.5):N2} ms p50, {Percentile(linkTimes, 0.99):N2} ms p99, {linkTimes.Average():N2} ms mean per claim ({linkCpu:N2} ms CPU); {linked:N0} of 1,000 linked (target < 5 ms)");

        // 3. Claim search over a large claim index.
        using var claimIndex = new ClaimIndex(Path.Combine(root, "claims"));
        watch.Restart();
        const int PerSubmission = 50;
        for (var s = 0; s * PerSubmission < claimCount; s++)
        {
            claimIndex.Replace(s, $"Trade report {s}", Enumerable.Range(0, Math.Min(PerSubmission, claimCount - (s * PerSubmission))).Select(o => ClaimRow(s, o)));
        }

        claimIndex.Commit(1);
        Console.WriteLine($"  claim index             {claimIndex.Count:N0} claims in {watch.Elapsed.TotalSeconds:N1} s");
        var queries = new[]
        {
            new ClaimQuery { Text = "wheat AND russia" },
            new ClaimQuery { Text = "\"crude oil\"", Dimension = "mass" },
            new ClaimQuery { Text = "copper*", Min = 1_000_000, Max = 5_000_000 },
            new ClaimQuery { Actor = "Norway", From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 6, 30) },
            new ClaimQuery { Text = "batteries", Sort = "date" },
        };
        for (var i = 0; i < 20; i++)
        {
            claimIndex.Search(queries[i % queries.Length]);
        }

        var searchTimes = new List<double>();
        cpu = CpuTime();
        var byShape = queries.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < 500; i++)
        {
            watch.Restart();
            claimIndex.Search(queries[i % queries.Length]);
            searchTimes.Add(watch.Elapsed.TotalMilliseconds);
            byShape[i % queries.Length].Add(watch.Elapsed.TotalMilliseconds);
        }

        var searchCpu = (CpuTime() - cpu).TotalMilliseconds / searchTimes.Count;
        Console.WriteLine($"  claim search            {Percentile(searchTimes, 0.5):N2} ms p50, {Percentile(searchTimes, 0.99):N2} ms p99, {searchTimes.Average():N2} ms mean ({searchCpu:N2} ms CPU) (target p99 < 20 ms)");
        Console.WriteLine($"    per query shape (p50/p99 ms): {string.Join("; ", byShape.Select((t, q) => $"{q + 1}: {Percentile(t, 0.5):N1}/{Percentile(t, 0.99):N1}"))}");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  peak working set        {process.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB");
        return 0;
    }

    private static (string Exporter, string Partner, string Commodity, DateOnly Month) Key(int i)
    {
        var month = new DateOnly(2000, 1, 1).AddMonths(i % 300);
        var rest = i / 300;
        var commodity = Commodities[rest % Commodities.Length];
        rest /= Commodities.Length;
        var partner = Countries[rest % Countries.Length];
        rest /= Countries.Length;
        // Exporters are numbered firms of a country ("Chile-007"), so every generated key names one record only.
        var exporter = $"{Countries[(rest + 1) % Countries.Length]}-{rest / Countries.Length:D4}";
        return (exporter, partner, commodity, month);
    }

    private static ClaimRow ClaimRow(int submission, int ordinal)
    {
        var (exporter, partner, commodity, month) = Key((submission * 50) + ordinal);
        var tonnes = ((submission + ordinal) % 997 * 13) + 100;
        return new ClaimRow
        {
            SubmissionId = submission,
            Ordinal = ordinal,
            Start = 0,
            End = 10,
            Text = $"{tonnes:N0} tonnes",
            Sentence = $"{exporter} sold {tonnes:N0} tonnes of {commodity} to {partner} in {month:MMMM yyyy}.",
            Unit = "metric ton",
            Dimension = "mass",
            Normalized = tonnes * 1000.0,
            CanonicalUnit = "kg",
            Measure = commodity,
            Actors = $"{exporter}; {partner}",
            PeriodText = month.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            PeriodFrom = month,
            PeriodTo = month.AddMonths(1).AddDays(-1),
            Json = "{}",
        };
    }

    /// <summary>
    /// The process's CPU time: on a shared machine wall-clock percentiles move with the load, the CPU a call takes
    /// (the bench is single-threaded) much less. Its clock ticks in 10 ms, so it is only read around whole loops.
    /// </summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
