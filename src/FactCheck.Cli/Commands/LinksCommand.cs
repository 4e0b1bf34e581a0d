using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck links evaluate`: the editors' link decisions as the linker's evaluation data.</summary>
public static class LinksCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON." };
        var evaluate = new Command("evaluate", "Compare the linker with every link decision editors have made: precision when reviewed, agreement now.") { json };
        evaluate.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var result = await DatasetLinks.EvaluateAsync(CliSettings.Configuration(parse), ct)
                         ?? throw new CliException("No datasets in this data folder or database: nothing was linked, so nothing was reviewed.");
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Reviewed} reviewed links: {result.Confirmed} confirmed, {result.Removed} removed, {result.Replaced} replaced"));
            if (result.Reviewed == 0)
            {
                return 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision when reviewed  {result.PrecisionWhenReviewed:0.000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"linker agrees now        {result.AgreementNow:0.000} ({result.AgreesNow} of {result.Reviewed})"));
            foreach (var d in result.Disagreements)
            {
                Console.WriteLine($"  link {d.LinkId} (submission {d.SubmissionId}, claim {d.ClaimOrdinal}, {d.Decision}) \"{d.Claim}\": decided {d.Decided ?? "no record"}; linker now {d.LinkerNow ?? "no record"}");
            }

            return 0;
        }));
        return new Command("links", "Dataset links.") { evaluate };
    }
}
