using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Core.Claims;
using FactCheck.Core.Pipeline;

namespace FactCheck.Cli.Commands;

/// <summary>
/// `factcheck quantities`: JSON Lines in ({"id","text"}), one line out per line in
/// ({"id","quantities":[{"text","start","end","value","unit","change"}]}), for scripts and benchmarks.
/// </summary>
public static class QuantitiesCommand
{
    public static Command Create()
    {
        var ignored = new Option<bool>("--ignored")
        {
            Description = "Also list the numbers that are not quantities (dates, years, ordinals, ages, phone numbers, identifiers) as \"ignored\":[{\"text\",\"start\",\"end\",\"kind\"}].",
        };
        var command = new Command("quantities", "Read JSON Lines {\"id\",\"text\"} on stdin; write the quantities of each line.") { ignored };
        command.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var withIgnored = parse.GetValue(ignored);
            var extractor = new QuantityExtractor();
            using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            var lineNumber = 0;
            while (await Console.In.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                JsonNode? id;
                string text;
                try
                {
                    var node = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("not a JSON object");
                    id = node["id"]?.DeepClone();
                    text = node["text"]?.GetValue<string>() ?? throw new JsonException("no \"text\" field");
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
                {
                    await Console.Error.WriteLineAsync($"line {lineNumber}: skipped: {e.Message}");
                    continue;
                }

                var extraction = extractor.ExtractAll(text);
                var output = new JsonObject
                {
                    ["id"] = id,
                    ["quantities"] = new JsonArray(extraction.Quantities.Select(ToJson).ToArray<JsonNode?>()),
                };
                if (withIgnored)
                {
                    output["ignored"] = new JsonArray(extraction.Ignored.Select(n => (JsonNode)new JsonObject
                    {
                        ["text"] = n.Text,
                        ["start"] = n.Start,
                        ["end"] = n.End,
                        ["kind"] = n.Kind.ToString().ToLowerInvariant(),
                    }).ToArray<JsonNode?>());
                }

                await stdout.WriteLineAsync(output.ToJsonString());
            }

            await stdout.FlushAsync(ct);
            return 0;
        }));
        return command;
    }

    private static JsonObject ToJson(Quantity q) => new()
    {
        ["text"] = q.Text,
        ["start"] = q.Start,
        ["end"] = q.End,
        ["value"] = q.High is { } high ? new JsonArray(q.Value, high) : JsonValue.Create(q.Value),
        ["unit"] = QuantityReport.UnitName(q),
        ["change"] = QuantityReport.ChangeName(q),
    };
}
