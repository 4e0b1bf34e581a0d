using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Samples;

namespace FactCheck.Bench;

/// <summary>Pipeline throughput on the sample article: HTML → article → claims → flags, single thread.</summary>
public static class PipelineBench
{
    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;

        var html = SampleArticles.Read(SampleArticles.DroneCableHtml);
        var pipeline = ArticlePipeline.CreateDefault();

        // Warm-up: JIT and first-use costs are not what a long-running worker pays per article.
        for (var i = 0; i < 20; i++)
        {
            pipeline.Analyze(pipeline.ExtractHtml(html, null));
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var extract = TimeSpan.Zero;
        var analyze = TimeSpan.Zero;
        var claims = 0;
        var flags = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            var article = pipeline.ExtractHtml(html, null);
            extract += watch.Elapsed;
            watch.Restart();
            var analysis = pipeline.Analyze(article);
            analyze += watch.Elapsed;
            claims = analysis.Claims.Count;
            flags = analysis.Flags.Count;
        }

        total.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"pipeline on {SampleArticles.DroneCableHtml} ({html.Length:N0} chars), {iterations} iterations, single thread");
        Console.WriteLine($"  claims per article      {claims}");
        Console.WriteLine($"  flags per article       {flags}");
        Console.WriteLine($"  articles per second     {iterations / total.Elapsed.TotalSeconds:N1}");
        Console.WriteLine($"  article extraction      {extract.TotalMilliseconds / iterations:N3} ms/article");
        Console.WriteLine($"  claims + checks         {analyze.TotalMilliseconds / iterations:N3} ms/article");
        Console.WriteLine($"  allocated               {allocated / iterations / 1024.0:N1} KiB/article");
        Console.WriteLine($"  peak working set        {process.PeakWorkingSet64 / 1024.0 / 1024.0:N1} MiB");
        return 0;
    }
}
