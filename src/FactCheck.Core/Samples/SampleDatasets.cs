using FactCheck.Core.Datasets;

namespace FactCheck.Core.Samples;

/// <summary>The sample tables shipped in Samples/Datasets (see its README for sources and licences).</summary>
public static class SampleDatasets
{
    public static readonly IReadOnlyList<string> Names = ["china-exports-as-reported", "owid-primary-energy", "owid-co2"];

    public static Stream Open(string name) => Resource($"{name}.csv");

    public static DatasetMapping Mapping(string name)
    {
        using var reader = new StreamReader(Resource($"{name}.mapping.json"));
        return DatasetMapping.Parse(reader.ReadToEnd());
    }

    private static Stream Resource(string file) =>
        typeof(SampleDatasets).Assembly.GetManifestResourceStream($"FactCheck.Core.Samples.Datasets.{file}")
        ?? throw new FileNotFoundException($"No sample dataset file {file}.");
}
