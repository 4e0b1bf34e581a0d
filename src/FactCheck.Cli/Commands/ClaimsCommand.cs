using System.CommandLine;
using System.Globalization;
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
                Console.WriteLine($"[{c.Ordinal}] {Describe(c)}");
            }

            return 0;
        }));
        return command;
    }

    public static string Describe(ClaimReport c)
    {
        var parts = new List<string> { c.Text };
        if (c.Conversion is { } conv)
        {
            parts[0] += $" ({conv.Text})";
        }

        if (c.Normalized is { } n && c.CanonicalUnit is not null)
        {
            // "0.28mm" is 0.00000028 km: small values keep their significant digits rather than round to 0.
            var shown = n != 0 && Math.Abs(n) < 0.001 ? n.ToString("G4", CultureInfo.InvariantCulture) : n.ToString("#,0.###", CultureInfo.InvariantCulture);
            parts.Add($"= {shown} {c.CanonicalUnit}");
        }

        if (c.Hedge != "=")
        {
            parts.Add($"hedge {c.Hedge}");
        }

        if (c.Measure is not null)
        {
            parts.Add($"of {c.Measure}");
        }

        // An arrow only where the sentence states a direction; otherwise the actors are only named.
        if (c.Origin is not null || c.Destination is not null)
        {
            parts.Add($"{c.Origin ?? "?"} → {c.Destination ?? "?"}");
        }

        var others = c.Actors.Where(a => a != c.Origin && a != c.Destination).ToList();
        if (others.Count > 0)
        {
            parts.Add(string.Join(", ", others));
        }

        if (c.Period is not null)
        {
            parts.Add(c.Period.From is { } from ? $"{c.Period.Text} ({from:yyyy-MM-dd}..{c.Period.To:yyyy-MM-dd})" : c.Period.Text);
        }

        return string.Join(" · ", parts);
    }
}
