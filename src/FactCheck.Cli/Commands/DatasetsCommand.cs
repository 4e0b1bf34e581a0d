using System.CommandLine;
using FactCheck.Core.Accounts;
using FactCheck.Core.Datasets;
using FactCheck.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck datasets import`: a table as a new version of its dataset, all or nothing.</summary>
public static class DatasetsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CSV or TSV file (delimiter and encoding are detected)." };
        var mapping = new Option<string>("--mapping") { Description = "A JSON file saying which columns are dimensions, period, value and unit.", Required = true };
        var import = new Command("import", "Import a table as a new version of a dataset.") { file, mapping };
        import.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var mappingPath = parse.GetValue(mapping)!;
            if (!File.Exists(path))
            {
                throw new CliException($"No such file: {path}");
            }

            if (!File.Exists(mappingPath))
            {
                throw new CliException($"No such mapping file: {mappingPath}");
            }

            DatasetMapping map;
            try
            {
                map = DatasetMapping.Parse(await File.ReadAllTextAsync(mappingPath, ct));
            }
            catch (DatasetException e)
            {
                throw new CliException(e.Message);
            }

            var configuration = CliSettings.Configuration(parse);
            await using var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddStorage(configuration).AddDatasets().BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            await using var stream = File.OpenRead(path);
            ImportResult result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(stream, path, map, Audit.System, ct);
            }
            catch (DatasetException e)
            {
                throw new CliException(e.Message);
            }

            if (!result.Imported)
            {
                await Console.Error.WriteLineAsync($"error: nothing imported: {result.ErrorCount} rows cannot be read");
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync(error.Line > 0 ? $"  line {error.Line}: {error.Reason}" : $"  {error.Reason}");
                }

                if (result.ErrorCount > result.Errors.Count)
                {
                    await Console.Error.WriteLineAsync($"  … and {result.ErrorCount - result.Errors.Count} more");
                }

                return 1;
            }

            Console.WriteLine($"{result.Dataset} version {result.Version}: {result.Records:N0} records from {result.Rows:N0} rows ({result.MissingValues:N0} empty values, {result.Footnotes:N0} with footnote marks).");
            return 0;
        }));
        return new Command("datasets", "Source datasets.") { import };
    }
}
