using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Checks;

/// <summary>
/// conflicting-values, bound-conflict and unit-confusion: one quantity stated twice, in two sentences,
/// with values that cannot both hold. Each disagreement raises exactly one of the three.
/// </summary>
public class PairChecksTests
{
    private static ClaimBuilder First(string figure) =>
        ClaimBuilder.Of(figure).In("May").InSentence($"China shipped {figure} of fiber-optic cable to Russia in May.", 0);

    private static ClaimBuilder Later(string figure) =>
        ClaimBuilder.Of(figure).In("May").InSentence($"Customs data show China shipped {figure} of fiber-optic cable to Russia in May.", 500);

    private static IReadOnlyList<Flag> Run(params ClaimBuilder[] claims) => Checker.Default().Run(ClaimBuilder.Article(claims));

    [Fact]
    public void Run_FlagsConflictingValues_WhenSameQuantityDiffersBeyondRounding()
    {
        var flag = Assert.Single(Run(First("119,000 miles"), Later("140,000 miles")));

        Assert.Equal(FlagTypes.ConflictingValues, flag.Type);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal([0, 1], flag.ClaimOrdinals);
        Assert.Contains("119,000 miles allows [190,707, 192,317] km", flag.Computation, StringComparison.Ordinal);
        Assert.Equal(["May", "May"], flag.Values.Select(v => v.Label));
    }

    [Fact]
    public void Run_RaisesNothing_WhenHedgedFigureIsWithinTenPercent()
    {
        Assert.Empty(Run(First("about 120 miles"), Later("112 miles")));
    }

    [Fact]
    public void Run_RaisesNothing_WhenDifferenceIsWithinWrittenRounding()
    {
        Assert.Empty(Run(First("328,000 miles"), Later("328,400 miles")));
    }

    [Fact]
    public void Run_RaisesNothing_WhenActorsDiffer()
    {
        Assert.Empty(Run(First("119,000 miles"), Later("72 miles").Actors("China", "Ukraine")));
    }

    [Fact]
    public void Run_RaisesNothing_WhenPeriodsDiffer()
    {
        Assert.Empty(Run(First("119,000 miles"), Later("140,000 miles").In("June")));
    }

    [Fact]
    public void Run_RaisesNothing_WhenOneFigureIsPerCapita()
    {
        var total = ClaimBuilder.Of("$54 million").Measure("health spending").In("May").InSentence("Russia spent $54 million on health in May.", 0).At(0).Build();
        var perCapita = ClaimBuilder.Of("$47 million").Measure("health spending").In("May").InSentence("That is $47 per capita.", 100).At(1).Build();
        perCapita = perCapita with { Quantity = perCapita.Quantity with { Per = "capita" } };

        Assert.Empty(Checker.Default().Run(ClaimBuilder.Context(total, perCapita)));
    }

    [Fact]
    public void Run_RaisesNothing_WhenBothFiguresShareASentence()
    {
        var a = ClaimBuilder.Of("119,000 miles").In("May").InSentence("s", 0);
        var b = ClaimBuilder.Of("140,000 miles").In("May").InSentence("s", 0);

        Assert.Empty(Run(a, b));
    }

    [Fact]
    public void Run_FlagsBoundConflict_WhenUpToBoundIsBelowStatedRange()
    {
        var flags = Run(First("up to 15 km").Measure("range"), Later("12-mile").Measure("range"));

        var flag = Assert.Single(flags);
        Assert.Equal(FlagTypes.BoundConflict, flag.Type);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains("[0, 15.5] km", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RaisesNoBoundConflict_WhenFigureFitsUnderTheBound()
    {
        // The two units still make a mixed series; the bound itself holds.
        Assert.DoesNotContain(Run(First("up to 15 km").Measure("range"), Later("9 miles").Measure("range")), f => f.Type == FlagTypes.BoundConflict);
    }

    [Fact]
    public void Run_FlagsUnitConfusionAndNotMixedUnits_WhenSameNumberHasAnotherUnit()
    {
        var flag = Assert.Single(Run(First("500 km"), Later("500 miles")));

        Assert.Equal(FlagTypes.UnitConfusion, flag.Type);
        Assert.Contains("equal as written", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FlagsUnitConfusion_WhenDigitsAgreeAThousandTimesApart()
    {
        var flag = Assert.Single(Run(First("$1.2 million").Measure("exports"), Later("$1.2 billion").Measure("exports")));

        Assert.Equal(FlagTypes.UnitConfusion, flag.Type);
        Assert.Contains("a thousand times apart", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GivesSameFingerprint_WhenStatementsSwapPlaces()
    {
        var one = Assert.Single(Run(First("119,000 miles"), Later("140,000 miles")));
        var two = Assert.Single(Run(First("140,000 miles"), Later("119,000 miles")));

        Assert.Equal(one.Fingerprint, two.Fingerprint);
    }

    [Fact]
    public void Run_RaisesOneFlag_WhenSamePairIsRepeated()
    {
        var flags = Run(First("119,000 miles"), Later("140,000 miles"), Later("140,000 miles").InSentence("Again, 140,000 miles of fiber-optic cable.", 900));

        Assert.Single(flags, f => f.Type == FlagTypes.ConflictingValues);
    }

    [Fact]
    public void Analyze_RaisesNoConflict_WhenAggregatorRepeatsHeadlineListingTwoActors()
    {
        // Aggregator pages repeat the headline; each copy gives one figure to each actor.
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        const string Headline = "Norway sold Chile just 40 tonnes of salmon roe but gave Peru 9,000 tonnes to feed its farms";
        var article = pipeline.ExtractText(
            $"NEWS DESK\n\n{Headline}\n\nTrade data point to a surge.\n\n{Headline}\n\n"
            + "Norway exported 9,000 tonnes of salmon roe to Peru in August, customs data show.",
            null);

        var flags = pipeline.Analyze(article).Flags;

        Assert.DoesNotContain(flags, f => f.Type is FlagTypes.ConflictingValues or FlagTypes.UnitConfusion or FlagTypes.BoundConflict);
    }

    [Fact]
    public void Run_FlagsConflict_WhenOneMeasureIsTheOtherWithWordsInFront()
    {
        var flag = Assert.Single(Run(First("119,000 miles").Measure("cable"), Later("140,000 miles").Measure("fiber-optic cable")));

        Assert.Equal(FlagTypes.ConflictingValues, flag.Type);
    }

    [Fact]
    public void Run_FlagsConflict_WhenOneMeasureAddsOutput()
    {
        var flag = Assert.Single(Run(First("119,000 miles").Measure("copper"), Later("140,000 miles").Measure("Chile's copper output")));

        Assert.Equal(FlagTypes.ConflictingValues, flag.Type);
    }

    [Fact]
    public void Run_RaisesNothing_WhenMeasuresOnlyShareTheirLastWord()
    {
        Assert.Empty(Run(First("119,000 miles").Measure("tram line"), Later("140,000 miles").Measure("power line")));
    }

    [Fact]
    public void Analyze_RaisesNothing_WhenOneFigureIsAForecast()
    {
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "Ghana's grain exports reached $5bn in 2023.\n\nOfficials say grain exports could reach $7bn in 2023 if the new port opens.",
            "Grain");

        Assert.Empty(pipeline.Analyze(article).Flags);
    }

    [Fact]
    public void Analyze_FlagsConflict_WhenTheSameSentenceSaysItAsAReport()
    {
        // The control for the forecast test: without "could", the two figures are one quantity twice.
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "Ghana's grain exports reached $5bn in 2023.\n\nOfficials say grain exports were $7bn in 2023.",
            "Grain");

        Assert.Equal(FlagTypes.ConflictingValues, Assert.Single(pipeline.Analyze(article).Flags).Type);
    }

    [Fact]
    public void Analyze_FlagsConflict_WhenUnmeasuredSingleFiguresShareNameAndDay()
    {
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "Rainfall in Chennai hit 210 mm on Sunday, flooding low-lying districts.\n\nOfficials put Sunday's rainfall in Chennai at 340 mm.",
            "Storm") with { Published = new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.Zero) };

        var flag = Assert.Single(pipeline.Analyze(article).Flags);

        Assert.Equal(FlagTypes.ConflictingValues, flag.Type);
    }

    [Fact]
    public void Analyze_FlagsBoundConflict_WhenMeasureIsOnlyWrittenBeforeOfUpTo()
    {
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "The new lorry has a payload of up to 18 tonnes.\n\nThe brochure lists a payload of 26 tonnes for the new lorry.",
            "Lorry");

        var flag = Assert.Single(pipeline.Analyze(article).Flags);

        Assert.Equal(FlagTypes.BoundConflict, flag.Type);
        Assert.StartsWith("Payload", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RaisesNothing_WhenBorrowedMeasureBelongsToAnotherThing()
    {
        // "range" of the buses and "range" of the drones: the attribute is shared, the thing is not.
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "The new buses have a range of 36 to 46 miles, depending on the weather.\n\nThe drones' range is up to 16 km, the maker says.",
            "Range");

        Assert.DoesNotContain(pipeline.Analyze(article).Flags, f => f.Type == FlagTypes.BoundConflict);
    }

    [Fact]
    public void Analyze_FlagsUnitConfusion_WhenUnnamedSentencesTellTheSameStory()
    {
        var pipeline = Core.Pipeline.ArticlePipeline.CreateDefault();
        var article = pipeline.ExtractText(
            "The rescue team walked 26 km through the snow on Monday.\n\nIts leader said the team walked 26 miles through the snow on Monday before reaching the hut.",
            "Rescue") with { Published = new DateTimeOffset(2025, 10, 14, 9, 0, 0, TimeSpan.Zero) };

        Assert.Equal(FlagTypes.UnitConfusion, Assert.Single(pipeline.Analyze(article).Flags).Type);
    }

    [Fact]
    public void Run_RaisesNothing_WhenSentencesNameDifferentSubjects()
    {
        var nepal = ClaimBuilder.Of("8,700 tonnes").Measure("wheat").Actors().InSentence("Nepal imported 8,700 tonnes of wheat.", 0);
        var senegal = ClaimBuilder.Of("47,000 tonnes").Measure("wheat").Actors().InSentence("Senegal imported 47,000 tonnes of wheat.", 100);

        Assert.Empty(Run(nepal, senegal));
    }
}
