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

    /// <summary>
    /// Indexes every sample table straight into a record index, with no database (record ids numbered from 1): for
    /// measuring the linker on the samples.
    /// </summary>
    public static void IndexInto(Linking.RecordIndex index)
    {
        long id = 0;
        var versions = new Dictionary<long, long>();
        foreach (var name in Names)
        {
            var mapping = Mapping(name);
            var dataset = new Storage.DatasetRow { Id = versions.Count + 1, Name = mapping.Dataset, AsReported = mapping.AsReported };
            versions[dataset.Id] = dataset.Id;
            using var text = new StreamReader(Open(name));
            foreach (var record in new RecordReader(mapping).Read(text, [], new ReadStats()))
            {
                var row = DatasetImporter.ToRow(dataset.Id, record);
                row.Id = ++id;
                index.Add(row, dataset, 1);
            }
        }

        index.Commit(versions);
    }

    private static Stream Resource(string file) =>
        typeof(SampleDatasets).Assembly.GetManifestResourceStream($"FactCheck.Core.Samples.Datasets.{file}")
        ?? throw new FileNotFoundException($"No sample dataset file {file}.");
}
