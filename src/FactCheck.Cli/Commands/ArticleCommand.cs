using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Core.Articles;
using FactCheck.Core.Pipeline;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck article`: what the extractor makes of one page.</summary>
public static class ArticleCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An .html file or an http(s) URL." };
        var url = new Option<string?>("--url") { Description = "The page's address, for an HTML file." };
        var json = new Option<bool>("--json") { Description = "Print the article as JSON." };
        var command = new Command("article", "Extract the article (metadata and body) from a page.") { input, url, json };
        command.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var pipeline = ArticlePipeline.CreateDefault();
            var article = await InputReader.ReadArticleAsync(parse.GetValue(input)!, parse.GetValue(url), pipeline, CliSettings.Configuration(parse), ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(article, CliSettings.PrettyJson));
                return 0;
            }

            Console.WriteLine(article.Title ?? "(untitled)");
            Console.WriteLine(string.Join(" · ", new[] { string.Join(", ", article.Authors), article.Published?.ToString("o"), article.SiteName }.Where(s => !string.IsNullOrEmpty(s))));
            Console.WriteLine();
            foreach (var block in article.Blocks)
            {
                Console.WriteLine(block.Kind == BlockKind.Heading ? $"## {block.Text}" : block.Text);
                Console.WriteLine();
            }

            return 0;
        }));
        return command;
    }
}

/// <summary>`factcheck articles`: every page of a folder to JSON Lines, with per-page extraction time.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "Folder of *.html / *.html.gz pages.", Required = true };
        var output = new Option<string>("--out") { Description = "JSON Lines file to write.", Required = true };
        var warmup = new Option<bool>("--warmup") { Description = "Run the folder once untimed first, so ms shows the steady state." };
        var command = new Command("articles", "Extract every page in a folder to JSON Lines.") { input, output, warmup };
        command.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var dir = parse.GetValue(input)!;
            if (!Directory.Exists(dir))
            {
                throw new CliException($"No such folder: {dir}");
            }

            var files = Directory.EnumerateFiles(dir)
                .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            var pages = new List<(string Id, string Html)>();
            foreach (var f in files)
            {
                var name = Path.GetFileName(f);
                var id = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
                id = id.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? id[..^5] : id;
                pages.Add((id, await InputReader.ReadFileTextAsync(f, ct)));
            }

            var extractor = new ArticleExtractor();
            if (parse.GetValue(warmup))
            {
                foreach (var (_, html) in pages)
                {
                    extractor.Extract(html, null);
                }
            }

            await using var writer = new StreamWriter(parse.GetValue(output)!);
            foreach (var (id, html) in pages)
            {
                var watch = Stopwatch.StartNew();
                var article = extractor.Extract(html, null);
                var ms = watch.Elapsed.TotalMilliseconds;
                var line = new JsonObject
                {
                    ["id"] = id,
                    ["title"] = article.Title,
                    ["author"] = article.Authors.Count == 0 ? null : string.Join(", ", article.Authors),
                    ["date"] = article.Published?.ToString("yyyy-MM-dd"),
                    ["articleBody"] = article.Text,
                    ["ms"] = Math.Round(ms, 3),
                };
                await writer.WriteLineAsync(line.ToJsonString());
            }

            Console.Error.WriteLine($"{pages.Count} pages written to {parse.GetValue(output)}");
            return 0;
        }));
        return command;
    }
}
