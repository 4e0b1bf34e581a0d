using System.CommandLine;
using System.Text.Json;
using FactCheck.Core.Pipeline;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck claims`: the structured claims of an article.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "An .html or .txt file (or an http(s) URL)." };
        var json = new Option<bool>("--json") { Description = "Print the claims as JSON." };
        var url = new Option<string?>("--url") { Description = "The page's address, for an HTML file." };
        var command = new Command("claims", "Print the claims found in an article.") { input, json, url };
        command.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var pipeline = ArticlePipeline.CreateDefault();
            var article = await InputReader.ReadArticleAsync(parse.GetValue(input)!, parse.GetValue(url), pipeline, CliSettings.Configuration(parse), ct);
            var claims = pipeline.ExtractClaims(article).Select(ClaimReport.From).ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(claims, CliSettings.PrettyJson));
                return 0;
            }

            foreach (var c in claims)
            {
                Console.WriteLine($"[{c.Ordinal}] {c.Describe()}");
            }

            return 0;
        }));
        return command;
    }
}
