using FactCheck.Core.Claims;
using FactCheck.Core.Datasets;
using FactCheck.Core.Samples;

namespace FactCheck.Core.Tests.Datasets;

/// <summary>The shipped sample tables must import cleanly, or the demo would start with an error.</summary>
public class SampleDatasetTests
{
    [Theory]
    [InlineData("china-exports-as-reported", 6, Dimension.Length)]
    [InlineData("owid-primary-energy", 629, Dimension.Energy)]
    [InlineData("owid-co2", 570, Dimension.Mass)]
    public void Read_GivesEveryRowAsARecord_WhenSampleIsRead(string name, int expected, Dimension first)
    {
        var errors = new List<RowError>();
        var stats = new ReadStats();
        using var reader = DelimitedReader.OpenText(SampleDatasets.Open(name), null, out _);

        var records = new RecordReader(SampleDatasets.Mapping(name)).Read(reader, errors, stats).ToList();

        Assert.Empty(errors);
        Assert.Equal(expected, records.Count);
        Assert.Equal(first, records[0].Unit.Dimension);
        Assert.All(records, r => Assert.NotNull(r.Normalized));
    }

    [Fact]
    public void Read_NormalisesReportedFigures_WhenSampleMixesMilesAndKilometres()
    {
        using var reader = DelimitedReader.OpenText(SampleDatasets.Open("china-exports-as-reported"), null, out _);

        var records = new RecordReader(SampleDatasets.Mapping("china-exports-as-reported")).Read(reader, [], new ReadStats()).ToList();

        Assert.Equal(191_511.936, records[0].Normalized!.Value, 3);
        Assert.Equal(54_000_000, records.Single(r => r.Period.Text == "2025-06" && r.Unit.Dimension == Dimension.Currency).Normalized);
    }
}
