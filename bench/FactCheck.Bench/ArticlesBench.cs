using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Core.Articles;
using FactCheck.Core.Fetching;

namespace FactCheck.Bench;

/// <summary>
/// Our article extractor beside SmartReader on the shared ground-truth sets: the same decoded
/// pages, warm, single thread; each one's output is scored by the sets' own score.py.
/// </summary>
public static class ArticlesBench
{
    private const string Usage = "articles [--data DIR] [--out DIR]: DIR holds trafilatura/ and mozilla-readability/ with score.py (default ../shared/bench/article-extraction from the repo root)";

    // Both extractors see the same base address; it is the one the Mozilla set was made with.
    private static readonly Uri PageUrl = new("http://fakehost/test/page.html");

    private sealed record Page(string Id, byte[] Gzipped);

    private sealed record PageSet(string Name, string ScoreName, IReadOnlyList<Page> Pages);

    private sealed record Extractor(string Name, Func<string, Output> Extract);

    private sealed record Output(string? Title, string? Author, string? Date, string Body);

    private sealed record Timing(int Pages, double Ms);

    public static int Run(string[] args)
    {
        string? data = null;
        var outDir = Path.Combine(Path.GetTempPath(), "factcheck-bench-articles");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                default:
                    Console.Error.WriteLine("usage: " + Usage);
                    return 2;
            }
        }

        data ??= DefaultDataFolder();
        if (data is null || !File.Exists(Path.Combine(data, "score.py")))
        {
            Console.Error.WriteLine($"No article-extraction sets found{(data is null ? string.Empty : " at " + Path.GetFullPath(data))}.");
            Console.Error.WriteLine("Expected the shared folder ../shared/bench/article-extraction beside the repository (trafilatura/, mozilla-readability/, score.py); pass --data DIR to point elsewhere.");
            return 1;
        }

        var sets = LoadSets(data);
        if (sets.Count == 0)
        {
            Console.Error.WriteLine($"{Path.GetFullPath(data)} holds neither trafilatura/html nor mozilla-readability/test-pages.");
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var ours = new ArticleExtractor();
        var extractors = new[]
        {
            new Extractor("factcheck", html => Ours(ours, html)),
            new Extractor("smartreader", SmartReaderOutput),
        };

        Console.WriteLine($"articles: {string.Join(", ", sets.Select(s => $"{s.Name} {s.Pages.Count} pages"))}; warm, single thread{(Debugger.IsAttached ? ", debugger attached" : string.Empty)}");
        var peakAfter = new Dictionary<string, long>();
        foreach (var extractor in extractors)
        {
            // Warm-up pass over every page: JIT, tiering and caches are not what a worker pays per page.
            // Ours runs first, so the peak working set after its pass is its own.
            foreach (var page in sets.SelectMany(s => s.Pages))
            {
                extractor.Extract(Decode(page));
            }

            using var process = Process.GetCurrentProcess();
            peakAfter[extractor.Name] = process.PeakWorkingSet64;
        }

        // The timed pass gives each page to both extractors in turn, alternating which goes
        // first, so a neighbour's load on a shared machine slows both alike and the ratio holds.
        var timings = extractors.ToDictionary(e => e.Name, _ => new Timing(0, 0));
        foreach (var set in sets)
        {
            var writers = extractors.ToDictionary(e => e.Name, e => new StreamWriter(Path.Combine(outDir, $"{set.Name}-{e.Name}.jsonl")));
            try
            {
                foreach (var (name, writer) in writers)
                {
                    writer.WriteLine(new JsonObject { ["_meta"] = true, ["tool"] = name }.ToJsonString());
                }

                for (var i = 0; i < set.Pages.Count; i++)
                {
                    var page = set.Pages[i];
                    var html = Decode(page);
                    foreach (var extractor in i % 2 == 0 ? extractors : extractors.Reverse())
                    {
                        var watch = Stopwatch.StartNew();
                        var output = extractor.Extract(html);
                        var elapsed = watch.Elapsed.TotalMilliseconds;
                        var t = timings[extractor.Name];
                        timings[extractor.Name] = new Timing(t.Pages + 1, t.Ms + elapsed);
                        writers[extractor.Name].WriteLine(new JsonObject
                        {
                            ["id"] = page.Id,
                            ["title"] = output.Title,
                            ["author"] = output.Author,
                            ["date"] = output.Date,
                            ["articleBody"] = output.Body,
                            ["ms"] = Math.Round(elapsed, 3),
                        }.ToJsonString());
                    }
                }
            }
            finally
            {
                foreach (var writer in writers.Values)
                {
                    writer.Dispose();
                }
            }
        }

        var scores = new Dictionary<(string Set, string Extractor), JsonNode>();
        foreach (var set in sets)
        {
            var json = Path.Combine(outDir, $"{set.Name}-scores.json");
            var preds = extractors.Select(e => Path.Combine(outDir, $"{set.Name}-{e.Name}.jsonl"));
            if (!RunScorer(data, set.ScoreName, preds, json))
            {
                return 1;
            }

            var node = JsonNode.Parse(File.ReadAllText(json))!;
            foreach (var extractor in extractors)
            {
                scores[(set.Name, extractor.Name)] = node[extractor.Name]!;
            }
        }

        PrintTable(sets, extractors, scores, timings, peakAfter);
        Console.WriteLine($"outputs and scores in {outDir}");
        return 0;
    }

    private static Output Ours(ArticleExtractor extractor, string html)
    {
        var article = extractor.Extract(html, PageUrl);
        return new Output(
            article.Title,
            article.Authors.Count == 0 ? null : string.Join(", ", article.Authors),
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Text);
    }

    private static Output SmartReaderOutput(string html)
    {
        try
        {
            // The (uri, text) constructor parses the given text; ParseArticle(uri, string) would download the uri.
            var article = new SmartReader.Reader(PageUrl.ToString(), html).GetArticle();
            var author = string.IsNullOrWhiteSpace(article.Author) ? article.Byline : article.Author;
            return new Output(
                article.Title,
                string.IsNullOrWhiteSpace(author) ? null : author,
                article.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                article.TextContent ?? string.Empty);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The scorer counts a crash as empty output, as upstream does.
            return new Output(null, null, null, string.Empty);
        }
    }

    /// <summary>Gunzipped and decoded the way the fetcher decodes (BOM, meta charset, else UTF-8 or windows-1252).</summary>
    private static string Decode(Page page)
    {
        using var gz = new GZipStream(new MemoryStream(page.Gzipped), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gz.CopyTo(bytes);
        return PageDecoder.Decode(bytes.ToArray(), null);
    }

    private static List<PageSet> LoadSets(string data)
    {
        var sets = new List<PageSet>();
        var traf = Path.Combine(data, "trafilatura", "html");
        if (Directory.Exists(traf))
        {
            // The scorer's ids are evaldata's "file" values: the file name without ".gz".
            var pages = Directory.EnumerateFiles(traf, "*.gz")
                .Order(StringComparer.Ordinal)
                .Select(f => new Page(Path.GetFileName(f)[..^3], File.ReadAllBytes(f)))
                .ToList();
            sets.Add(new PageSet("trafilatura", "traf", pages));
        }

        var moz = Path.Combine(data, "mozilla-readability", "test-pages");
        if (Directory.Exists(moz))
        {
            var pages = Directory.EnumerateDirectories(moz)
                .Order(StringComparer.Ordinal)
                .Where(d => File.Exists(Path.Combine(d, "source.html.gz")))
                .Select(d => new Page(Path.GetFileName(d), File.ReadAllBytes(Path.Combine(d, "source.html.gz"))))
                .ToList();
            sets.Add(new PageSet("mozilla", "moz", pages));
        }

        return sets;
    }

    private static bool RunScorer(string data, string set, IEnumerable<string> preds, string json)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(data, "score.py"), "--set", set, "--json", json }.Concat(preds))
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"score.py --set {set} failed ({process.ExitCode}): {stderr}{stdout.Result}");
                return false;
            }

            return true;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"could not run python3 for score.py: {e.Message}");
            return false;
        }
    }

    private static void PrintTable(
        List<PageSet> sets,
        Extractor[] extractors,
        Dictionary<(string Set, string Extractor), JsonNode> scores,
        Dictionary<string, Timing> timings,
        Dictionary<string, long> peakAfter)
    {
        static string F(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";
        static double? D(JsonNode? n) => n?.GetValue<double>();

        var header = $"{"extractor",-12}";
        foreach (var set in sets)
        {
            header += $" {set.Name + " F1",15} {"title=",7} {"author=",7} {"date=",6}";
        }

        header += $" {"pages/s",8} {"× peer",7}";
        Console.WriteLine();
        Console.WriteLine(header);
        var peer = timings["smartreader"];
        var peerRate = peer.Pages / (peer.Ms / 1000);
        foreach (var extractor in extractors)
        {
            var line = $"{extractor.Name,-12}";
            foreach (var set in sets)
            {
                var s = scores[(set.Name, extractor.Name)];
                var meta = s["meta"];
                line += $" {F(D(s["f1"])),15} {F(D(meta?["title"]?["exact"])),7} {F(D(meta?["author"]?["exact"])),7} {F(D(meta?["date"]?["exact"])),6}";
            }

            var t = timings[extractor.Name];
            var rate = t.Pages / (t.Ms / 1000);
            line += $" {rate,8:0.0} {rate / peerRate,7:0.00}";
            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine("F1: trafilatura = snippet F1 (with/without), mozilla = word 4-gram shingle F1; '=' is normalised exact match of the metadata.");
        Console.WriteLine("pages/s = pages / summed extraction time of the timed pass (decoding excluded), after one untimed warm-up pass;");
        Console.WriteLine("the timed pass hands each page to both extractors in turn, alternating which goes first.");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set: {Mib(peakAfter[extractors[0].Name])} MiB after {extractors[0].Name}'s pass over all pages (it runs first), {Mib(process.PeakWorkingSet64)} MiB over the whole run");
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// ../shared/bench/article-extraction relative to the repository root (the folder holding
    /// FactCheck.sln); a worktree sits one level deeper, so the root's ancestors are tried too.
    /// </summary>
    private static string? DefaultDataFolder()
    {
        for (var dir = FindRepositoryRoot()?.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", "article-extraction");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return FindRepositoryRoot() is { } root ? Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "bench", "article-extraction")) : null;
    }

    private static DirectoryInfo? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                {
                    return dir;
                }
            }
        }

        return null;
    }
}
