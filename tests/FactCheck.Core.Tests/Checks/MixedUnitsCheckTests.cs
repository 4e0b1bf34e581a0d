using FactCheck.Core.Checks;

namespace FactCheck.Core.Tests.Checks;

public class MixedUnitsCheckTests
{
    private readonly MixedUnitsCheck _check = new();

    [Fact]
    public void Run_RaisesNothing_WhenOneUndatedSentenceListsAttributes()
    {
        // "72 km long (45 miles) and up to 300 metres deep": a length and a depth, not a series.
        Assert.Empty(Run(
            ClaimBuilder.Of("72 km").Measure("lake"),
            ClaimBuilder.Of("45 miles").Measure("lake"),
            ClaimBuilder.Of("300 metres").Measure("lake")));
    }

    [Fact]
    public void Run_RaisesWarning_WhenOneSentenceListsDatedMembers()
    {
        // The control: the seed's one-sentence series has periods and is flagged.
        Assert.Single(Run(
            ClaimBuilder.Of("72 km").Measure("lake").In("May"),
            ClaimBuilder.Of("45 miles").Measure("lake").In("June")));
    }

    [Fact]
    public void Run_NamesSeriesByDirection_WhenAllMembersShareADestination()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May").To("Russia"),
            ClaimBuilder.Of("209,215 km").In("June").To("Russia")));

        Assert.Equal(
            "One series, two units: fiber-optic cable to Russia is given in miles for May and in kilometres for June.",
            flag.Message);
    }

    [Fact]
    public void Run_RaisesWarning_WhenMonthlySeriesMixesMilesAndKilometres()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("527,865 km").In("August")));

        Assert.Equal(FlagTypes.MixedUnits, flag.Type);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(
            "One series, two units: fiber-optic cable (China, Russia) is given in miles for May and in kilometres for June and August.",
            flag.Message);
        Assert.Equal(
            [
                new FlagValue("May", "119,000 mi", "191,512 km"),
                new FlagValue("June", "209,215 km", "209,215 km"),
                new FlagValue("August", "527,865 km", "527,865 km"),
            ],
            flag.Values);
        Assert.Equal(
            "May: 119,000 mi = 191,512 km; June: 209,215 km; August: 527,865 km — one series, two units",
            flag.Computation);
        Assert.Equal([0, 1, 2], flag.ClaimOrdinals);
    }

    [Fact]
    public void Run_ListsValuesInPeriodOrder_WhenArticleTellsThemOutOfOrder()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("527,865 km").In("August"),
            ClaimBuilder.Of("119,000 miles").In("May"),
            ClaimBuilder.Of("209,215 km").In("June")));

        Assert.Equal(["May", "June", "August"], flag.Values.Select(v => v.Label));
    }

    [Fact]
    public void Run_RaisesNothing_WhenSeriesUsesOneUnit() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("192,000 km").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("527,865 km").In("August")));

    [Fact]
    public void Run_RaisesNothing_WhenEveryMemberCarriesAConversion() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("119,000 miles").ConvertedTo("191,512 km").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("328,000 miles").ConvertedTo("527,865 km").In("August")));

    [Fact]
    public void Run_KeepsTheHeadlinePairInTheSeries_WhenOthersMix()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("328,000 miles").ConvertedTo("527,865 km"),
            ClaimBuilder.Of("119,000 miles").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("527,865 km").In("August")));

        Assert.Equal([0, 1, 2, 3], flag.ClaimOrdinals);
        Assert.Equal(new FlagValue("undated", "328,000 mi (527,865 km)", "527,865 km"), flag.Values[^1]);
        Assert.Equal(
            "One series, two units: fiber-optic cable (China, Russia) is given in miles for May and in kilometres for June and August.",
            flag.Message);
    }

    [Fact]
    public void Run_RaisesNothing_WhenOnlyTheHeadlinePairUsesTheOtherUnit() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("328,000 miles").ConvertedTo("527,865 km").In("August"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("527,865 km").In("August")));

    [Fact]
    public void Run_NeverMergesActors_WhenRussiaAndUkraineUseDifferentUnits() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("209,215 km").In("June").Actors("China", "Russia"),
            ClaimBuilder.Of("527,865 km").In("August").Actors("China", "Russia"),
            ClaimBuilder.Of("72 miles").In("August").Actors("China", "Ukraine")));

    [Fact]
    public void Run_JoinsSubsetActors_WhenOneSideNamesFewer()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May").Actors("Russia"),
            ClaimBuilder.Of("209,215 km").In("June").Actors("China", "Russia")));

        Assert.Equal([0, 1], flag.ClaimOrdinals);
    }

    [Fact]
    public void Run_JoinsMemberWithoutActors_WhenThereIsOneSeries()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May").Actors(),
            ClaimBuilder.Of("209,215 km").In("June")));

        Assert.Equal([0, 1], flag.ClaimOrdinals);
    }

    [Fact]
    public void Run_LeavesOutAmbiguousMember_WhenItFitsTwoSeries()
    {
        // "China" alone could be either the Russian or the Ukrainian series; guessing could invent a mix.
        Assert.Empty(Run(
            ClaimBuilder.Of("119,000 miles").In("May").Actors("China"),
            ClaimBuilder.Of("209,215 km").In("June").Actors("China", "Russia"),
            ClaimBuilder.Of("116 km").In("August").Actors("China", "Ukraine")));
    }

    [Fact]
    public void Run_GroupsByOrder_Independently()
    {
        ClaimBuilder[] claims =
        [
            ClaimBuilder.Of("119,000 miles").In("May").Actors("China"),
            ClaimBuilder.Of("209,215 km").In("June").Actors("China", "Russia"),
            ClaimBuilder.Of("527,865 km").In("August").Actors("Russia"),
        ];

        var forward = Assert.Single(Run(claims));
        var backward = Assert.Single(Run([.. claims.Reverse()]));

        Assert.Equal(forward.Fingerprint, backward.Fingerprint);
        Assert.Equal(forward.Values, backward.Values);
    }

    [Fact]
    public void Run_JoinsMemberWithoutPeriod_WhenMeasureAndActorsMatch()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles"),
            ClaimBuilder.Of("209,215 km").In("June")));

        Assert.Equal(
            "One series, two units: fiber-optic cable (China, Russia) is given in kilometres for June and in miles for one undated figure.",
            flag.Message);
        Assert.Equal(["June", "undated"], flag.Values.Select(v => v.Label));
    }

    [Theory]
    [InlineData("Fiber-optic cables", "fiber optic cable")]
    [InlineData("the fiber optic cable", "fiber optic cable")]
    [InlineData("  glass   ", "glass")]
    [InlineData("gas", "gas")]
    public void MeasureKey_NormalisesLightly_WhenWrittenDifferently(string measure, string key) =>
        Assert.Equal(key, MixedUnitsCheck.MeasureKey(measure));

    [Fact]
    public void Run_TreatsMeasureSpellingsAsOne_WhenCaseHyphenAndPluralDiffer() =>
        Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May").Measure("Fiber-optic cables"),
            ClaimBuilder.Of("209,215 km").In("June").Measure("fiber optic cable")));

    [Fact]
    public void Run_RaisesNothing_WhenMeasuresDiffer() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("12 miles").Measure("spool range").Actors(),
            ClaimBuilder.Of("up to 15 kilometers").Measure("drone flight range").Actors()));

    [Fact]
    public void Run_RaisesNothing_WhenMeasureIsUnknown() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("119,000 miles").In("May").Measure(null),
            ClaimBuilder.Of("209,215 km").In("June").Measure(null)));

    [Fact]
    public void Run_RaisesNothing_WhenDimensionIsCurrency() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("$54 million").In("June").Measure("lithium-ion batteries"),
            ClaimBuilder.Of("$47 million").In("August").Measure("lithium-ion batteries")));

    [Fact]
    public void Run_TreatsSpellingsOfOneUnitAsOne_WhenKilometresAndKilometers() =>
        Assert.Empty(Run(
            ClaimBuilder.Of("209,215 kilometres").In("June"),
            ClaimBuilder.Of("527,865 kilometers").In("August")));

    [Fact]
    public void Run_CountsUnits_WhenThreeAreMixed()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("119,000 miles").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("900,000,000 feet").In("July"),
            ClaimBuilder.Of("527,865 km").In("August")));

        Assert.StartsWith("One series, three units:", flag.Message, StringComparison.Ordinal);
        Assert.Equal(new FlagValue("July", "900,000,000 ft", "274,320 km"), flag.Values[2]);
    }

    private List<Flag> Run(params ClaimBuilder[] claims) => _check.Run(ClaimBuilder.Article(claims)).ToList();
}
