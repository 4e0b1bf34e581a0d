using FactCheck.Core.Datasets;

namespace FactCheck.Core.Tests.Datasets;

public class RecordReaderTests
{
    private static readonly DatasetMapping Long = new()
    {
        Dataset = "Cable exports (as reported)",
        Dimensions = ["exporter", "partner", "commodity"],
        Period = "month",
        Value = "value",
        Unit = "km",
    };

    [Fact]
    public void Read_GivesOneRecordPerRow_WhenTableIsLong()
    {
        const string csv = "exporter,partner,commodity,month,value\nChina,Russia,fiber-optic cable,2025-06,\"209,215\"\nChina,Russia,fiber-optic cable,2025-08,527865\nChina,Ukraine,fiber-optic cable,2025-08,n/a\n";

        var (records, errors, stats) = Read(Long, csv);

        Assert.Empty(errors);
        Assert.Equal(2, records.Count);
        Assert.Equal(209_215, records[0].Normalized);
        Assert.Equal(new DateOnly(2025, 6, 1), records[0].Period.From);
        Assert.Equal("Russia", records[0].Dimensions.Single(d => d.Key == "partner").Value);
        Assert.Equal(1, stats.MissingValues);
    }

    [Fact]
    public void Read_MeltsPeriodColumns_WhenTableIsWide()
    {
        var wide = new DatasetMapping { Dataset = "Energy", Layout = TableLayout.Wide, Dimensions = ["country"], Indicator = "primary energy", Unit = "TWh" };
        const string csv = "country,2019,2020,2021\nNorway,\"1,200\",1150,..\nChile,400,390,410\n";

        var (records, errors, _) = Read(wide, csv);

        Assert.Empty(errors);
        Assert.Equal(5, records.Count);
        var norway2020 = records.Single(r => r.Dimensions[0].Value == "Norway" && r.Period.Text == "2020");
        Assert.Equal(1150, norway2020.Value);
        Assert.Equal(1_150_000_000_000, norway2020.Normalized);
        Assert.Contains(norway2020.Dimensions, d => d.Key == "indicator" && d.Value == "primary energy");
    }

    [Fact]
    public void Read_ReportsEveryBrokenRowByLine_WhenFileIsRagged()
    {
        const string csv = "exporter,partner,commodity,month,value\n"
            + "China,Russia,cable,2025-05,119000\n"
            + "China,Russia,cable,2025-06\n"
            + "China,Russia,cable,June,5\n"
            + "China,Russia,cable,2025-07,lots\n"
            + ",Russia,cable,2025-08,3\n"
            + "China,Russia,cable,2025-05,120000\n";

        var (_, errors, stats) = Read(Long, csv);

        Assert.Equal(5, stats.Errors);
        Assert.Equal([3, 4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.Contains("has 4 fields, the header has 5", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("is not a period", errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("\"lots\" is not a number", errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("exporter is empty", errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("repeats line 2", errors[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TakesEachRowsUnit_WhenMappingNamesAUnitColumn()
    {
        var mapping = Long with { Unit = null, UnitColumn = "unit" };
        const string csv = "exporter,partner,commodity,month,value,unit\nChina,Russia,batteries,2025-06,54,million USD\nChina,Russia,cable,2025-05,119000,miles\n";

        var (records, errors, _) = Read(mapping, csv);

        Assert.Empty(errors);
        Assert.Equal(54_000_000, records[0].Normalized);
        Assert.Equal("USD", records[0].Unit.CanonicalUnit);
        Assert.Equal(191_511.936, records[1].Normalized!.Value, 3);
    }

    [Fact]
    public void Read_Throws_WhenMappedColumnIsMissing()
    {
        var e = Assert.Throws<DatasetException>(() => Read(Long, "exporter,partner,month,value\nChina,Russia,2025-06,1\n"));

        Assert.Contains("no column \"commodity\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListsWhatIsMissing_WhenMappingIsIncomplete()
    {
        var e = Assert.Throws<DatasetException>(() => DatasetMapping.Parse("{\"dataset\":\"x\",\"dimensions\":[\"country\"]}"));

        Assert.Contains("\"period\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"unit\"", e.Message, StringComparison.Ordinal);
    }

    private static (List<DatasetRecord> Records, List<RowError> Errors, ReadStats Stats) Read(DatasetMapping mapping, string csv)
    {
        var errors = new List<RowError>();
        var stats = new ReadStats();
        var records = new RecordReader(mapping).Read(new StringReader(csv), errors, stats).ToList();
        return (records, errors, stats);
    }
}
