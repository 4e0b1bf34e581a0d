using System.Text.Json;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Linking;

public sealed class ClaimLinkerTests : IDisposable
{
    private static readonly QuantityExtractor Quantities = new();
    private readonly string path = Path.Combine(Path.GetTempPath(), "factcheck-record-tests", Guid.NewGuid().ToString("N"));
    private readonly RecordIndex index;
    private readonly ClaimLinker linker;
    private long nextId = 1;

    public ClaimLinkerTests()
    {
        index = new RecordIndex(path);
        var exports = new DatasetRow { Id = 1, Name = "China exports (as reported)", AsReported = true };
        Add(exports, new() { ["exporter"] = "China", ["partner"] = "Russian Federation", ["commodity"] = "optical fibre cables" }, "2025-06", 209_215, "km", Dimension.Length, 209_215, "km");
        Add(exports, new() { ["exporter"] = "China", ["partner"] = "Ukraine", ["commodity"] = "optical fibre cables" }, "2025-08", 116, "km", Dimension.Length, 116, "km");
        Add(exports, new() { ["exporter"] = "China", ["partner"] = "Russian Federation", ["commodity"] = "lithium-ion batteries" }, "2025-06", 54, "million USD", Dimension.Currency, 54_000_000, "USD");
        var energy = new DatasetRow { Id = 2, Name = "Primary energy consumption (OWID sample)" };
        Add(energy, new() { ["country"] = "Norway" }, "2019", 1_200, "TWh", Dimension.Energy, 1_200_000_000_000, "kWh");
        Add(energy, new() { ["country"] = "Chile" }, "2019", 400, "TWh", Dimension.Energy, 400_000_000_000, "kWh");
        Add(energy, new() { ["country"] = "World" }, "2019", 160_000, "TWh", Dimension.Energy, 160_000_000_000_000, "kWh");
        var titled = new DatasetRow { Id = 3, Name = "Cable shipments to Russia and Ukraine" };
        Add(titled, new() { ["partner"] = "Russia", ["commodity"] = "drone cable" }, "2025-09", 600_000, "km", Dimension.Length, 600_000, "km");
        Add(titled, new() { ["partner"] = "Ukraine", ["commodity"] = "drone cable" }, "2025-09", 150, "km", Dimension.Length, 150, "km");
        var firms = new DatasetRow { Id = 4, Name = "Firm shipments" };
        Add(firms, new() { ["exporter"] = "Ukraine-0042", ["partner"] = "Russia", ["commodity"] = "grain" }, "2025-07", 900, "tonnes", Dimension.Mass, 900_000, "kg");
        Add(firms, new() { ["exporter"] = "Ukraine-0042", ["partner"] = "Ukraine", ["commodity"] = "grain" }, "2025-07", 300, "tonnes", Dimension.Mass, 300_000, "kg");
        var coded = new DatasetRow { Id = 5, Name = "Exports by HS code" };
        Add(coded, new() { ["partner"] = "Russian Federation", ["hs"] = "8544.70" }, "2025-07", 90_000, "km", Dimension.Length, 90_000, "km");
        index.Commit(new Dictionary<long, long> { [1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5 });
        linker = new ClaimLinker(index);
    }

    [Fact]
    public void Link_FindsTheRecord_WhenActorsMeasureAndPeriodMatchUnderOtherSpellings()
    {
        var link = linker.Link(Claim("209,215 km", "fiber-optic cable", ["China", "Russia"], Month(2025, 6)));

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal(209_215, link.Record!.Normalized);
        Assert.Equal("China exports (as reported)", link.Record.Dataset);
        Assert.True(link.Confidence >= ClaimLinker.Threshold);
        Assert.Contains("actors China, Russia", link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_PicksThePartnerTheClaimNames_WhenRecordsDifferOnlyByCountry()
    {
        var link = linker.Link(Claim("116 km", "fiber-optic cable", ["China", "Ukraine"], Month(2025, 8)));

        Assert.Equal(116, link.Record?.Value);
    }

    [Fact]
    public void Link_MatchesActorsOnDimensionsOnly_WhenDatasetTitleNamesSeveralCountries()
    {
        var link = linker.Link(Claim("600,000 km", "drone cable", ["Russia"], Month(2025, 9)));

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal(600_000, link.Record!.Value);
        Assert.Equal("partner: Russia; commodity: drone cable", link.Record.Description);
    }

    [Fact]
    public void Link_MatchesAnActorOnlyToAWholeDimensionValue_WhenAFirmNameContainsACountry()
    {
        var link = linker.Link(Claim("300 tonnes", "grain", ["Ukraine-0042", "Ukraine"], Month(2025, 7)));

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal(300, link.Record!.Value);
    }

    [Fact]
    public void Link_SaysNoMatchingRecord_WhenOnlyTheYearDiffers()
    {
        var link = linker.Link(Claim("209,215 km", "fiber-optic cable", ["China", "Russia"], Month(2024, 6)));

        Assert.False(link.IsLinked);
        Assert.StartsWith("no matching record", link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_SaysNoMatchingRecord_WhenClaimIsMonthlyAndRecordsAreAnnual()
    {
        var link = linker.Link(Claim("1,200 TWh", "primary energy consumption", ["Norway"], Month(2019, 3)));

        Assert.False(link.IsLinked);
    }

    [Fact]
    public void Link_MatchesByDatasetName_WhenRecordsOnlyNameACountry()
    {
        var link = linker.Link(Claim("2,000 TWh", "primary energy", ["Norway"], Year(2019)));

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal(1_200, link.Record!.Value);
    }

    [Fact]
    public void Link_SaysNoMatchingRecord_WhenRecordNamesAnotherPartnerThanTheClaim()
    {
        var link = linker.Link(Claim("116 km", "fiber-optic cable", ["China", "Kazakhstan"], Month(2025, 8)));

        Assert.False(link.IsLinked, link.Explanation);
    }

    [Fact]
    public void Link_PicksTheWorldRow_WhenClaimSpeaksOfAGlobalFigureAndNamesNoCountry()
    {
        var claim = Claim("160,000 TWh", "global primary energy consumption", [], Year(2019)) with { Sentence = "Global primary energy consumption reached 160,000 TWh." };

        var link = linker.Link(claim);

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal("country: World", link.Record!.Description);
    }

    [Fact]
    public void Link_FindsTheRecordByItsCommodityCode_WhenTableGivesHsCodesAndClaimSpellsTheGoods()
    {
        var link = linker.Link(Claim("90,000 km", "optical fibre cables", ["Russia"], Month(2025, 7)));

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Equal("Exports by HS code", link.Record!.Dataset);
    }

    [Fact]
    public void Candidates_ListsRecordsOfTheSamePeriodAndUnit_WhenTheyShareNoWordWithTheClaim()
    {
        var candidates = linker.Candidates(Claim("116 km", "fiber-optic cable", ["China", "Russia"], Month(2025, 8)));

        Assert.Contains(candidates, c => c.Record.Description.Contains("Ukraine", StringComparison.Ordinal));
        Assert.All(candidates, c => Assert.Equal("length", c.Record.Dimension));
    }

    [Fact]
    public void Run_FlagsDatasetMismatch_WhenLinkedRecordContradictsTheFigure()
    {
        var claim = Claim("2,000 TWh", "primary energy", ["Norway"], Year(2019));
        var link = linker.Link(claim);

        var flag = Assert.Single(new DatasetMismatchCheck().Run(new CheckContext(new FactCheck.Core.Articles.Article(), [claim], [link])));

        Assert.Equal(FlagTypes.DatasetMismatch, flag.Type);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Contains("Primary energy consumption (OWID sample), version 1", flag.Message, StringComparison.Ordinal);
        Assert.Contains("record 1,200 TWh", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RaisesNothing_WhenFigureIsTheRecordRoundedAsWritten()
    {
        var claim = Claim("$54 million", "lithium-ion batteries", ["China", "Russia"], Month(2025, 6));
        var link = linker.Link(claim);

        Assert.True(link.IsLinked, link.Explanation);
        Assert.Empty(new DatasetMismatchCheck().Run(new CheckContext(new FactCheck.Core.Articles.Article(), [claim], [link])));
    }

    private void Add(DatasetRow dataset, Dictionary<string, string> dimensions, string period, double value, string unit, Dimension dimension, double normalized, string canonical)
    {
        var parsed = FactCheck.Core.Datasets.PeriodParser.Parse(period)!;
        index.Add(
            new RecordRow
            {
                Id = nextId++,
                VersionId = dataset.Id,
                Line = (int)nextId,
                DimensionsJson = JsonSerializer.Serialize(dimensions, StoredForms.Json),
                DimensionText = string.Join("; ", dimensions.Select(d => $"{d.Key}: {d.Value}")),
                PeriodText = period,
                PeriodFrom = parsed.From,
                PeriodTo = parsed.To,
                Value = value,
                Unit = unit,
                Dimension = StoredForms.DimensionName(dimension),
                Normalized = normalized,
                CanonicalUnit = canonical,
            },
            dataset,
            1);
    }

    private static Claim Claim(string figure, string measure, string[] actors, Period period) => new()
    {
        Ordinal = 0,
        Quantity = Quantities.Extract(figure).Single(),
        Sentence = figure,
        SentenceStart = 0,
        Measure = measure,
        Actors = actors,
        Period = period,
    };

    private static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    private static Period Year(int year) => new(year.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(path, recursive: true);
    }
}
