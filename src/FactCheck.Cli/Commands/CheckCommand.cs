using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Pipeline;

namespace FactCheck.Cli.Commands;

/// <summary>
/// `factcheck check`: the whole pipeline in-process, no server needed. When the data folder (or the configured
/// PostgreSQL) holds imported datasets, claims are linked to them and checked against them too.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An http(s) URL, an .html file or a .txt file." };
        var json = new Option<bool>("--json") { Description = "Print the article, claims and flags as JSON." };
        var url = new Option<string?>("--url") { Description = "The page's address, for an HTML file." };
        var noDatasets = new Option<bool>("--no-datasets") { Description = "Do not link claims to the datasets in the data folder or database." };
        var command = new Command("check", "Extract the claims of an article and run the checks on them.") { input, json, url, noDatasets };
        command.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var pipeline = ArticlePipeline.CreateDefault();
            var configuration = CliSettings.Configuration(parse);
            var article = await InputReader.ReadArticleAsync(parse.GetValue(input)!, parse.GetValue(url), pipeline, configuration, ct);
            var claims = pipeline.ExtractClaims(article);
            var links = parse.GetValue(noDatasets) ? null : await DatasetLinks.LinkAsync(configuration, claims, ct);
            var report = AnalysisReport.From(new ArticleAnalysis(article, claims, pipeline.Check(article, claims, links)), links);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, CliSettings.PrettyJson));
            }
            else
            {
                Print(report);
            }

            return 0;
        }));
        return command;
    }

    private static void Print(AnalysisReport report)
    {
        var a = report.Article;
        Console.WriteLine(a.Title ?? "(untitled)");
        if (a.Author is not null || a.Published is not null)
        {
            Console.WriteLine(string.Join(" · ", new[] { a.Author, a.Published, a.Url }.Where(s => s is not null)));
        }

        Console.WriteLine();
        Console.WriteLine($"Claims ({report.Claims.Count})");
        foreach (var c in report.Claims)
        {
            Console.WriteLine($"  [{c.Ordinal}] {c.Describe()}");
        }

        if (report.Links is { } links)
        {
            Console.WriteLine();
            Console.WriteLine($"Links to datasets ({links.Count(l => l.Dataset is not null)} of {links.Count} claims)");
            foreach (var l in links.Where(l => l.Dataset is not null))
            {
                Console.WriteLine($"  [{l.ClaimOrdinal}] {l.Dataset} v{l.Version}: {l.Record}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Flags ({report.Flags.Count})");
        foreach (var f in report.Flags)
        {
            Console.WriteLine($"  {f.Severity.ToUpper(CultureInfo.InvariantCulture)} {f.Type}: {f.Message}");
            Console.WriteLine($"    {f.Computation}");
        }
    }
}
