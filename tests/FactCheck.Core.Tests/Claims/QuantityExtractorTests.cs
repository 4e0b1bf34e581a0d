using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

public class QuantityExtractorTests
{
    private static readonly QuantityExtractor Extractor = new();

    private static IReadOnlyList<Quantity> All(string text)
    {
        var found = Extractor.Extract(text);
        foreach (var q in found)
        {
            Assert.Equal(q.Text, text.Substring(q.Start, q.End - q.Start));
        }

        return found;
    }

    private static Quantity Only(string text) => Assert.Single(All(text));

    // ---------------------------------------------------------------- numbers

    [Theory]
    [InlineData("The archive now holds 527,865 scanned letters.", 527865)]
    [InlineData("The index stood at 1.5 on Friday.", 1.5)]
    [InlineData("The coefficient was 0.28 in the test.", 0.28)]
    [InlineData("Overnight lows reached -3 on the plateau.", -3)]
    [InlineData("Only 1/3 of the ballots were counted.", 1.0 / 3)]
    [InlineData("Only ½ of the ballots were counted.", 0.5)]
    [InlineData("The walk is 2½ miles.", 2.5)]
    [InlineData("The dam holds 10\u202F000 tonnes.", 10000)]
    [InlineData("Auditors found seventy-two faulty meters.", 72)]
    [InlineData("She bought a dozen lamps for the hall.", 12)]
    [InlineData("Nearly two-thirds of voters stayed home.", 2.0 / 3)]
    [InlineData("The odds are one sixth at best.", 1.0 / 6)]
    [InlineData("Three quarters of the fleet sailed.", 0.75)]
    [InlineData("The club signed ten players.", 10)]
    [InlineData("Officials counted one hundred and twenty ballots.", 120)]
    [InlineData("The post drew 3.2k likes.", 3200)]
    [InlineData("The city plans half a million new trees.", 500000)]
    [InlineData("Engineers laid two and a half thousand pipes.", 2500)]
    [InlineData("Engineers laid five and a quarter miles of pipe.", 5.25)]
    [InlineData("The cook cracked half a dozen eggs.", 6)]
    [InlineData("The shortstop batted .300 last season.", 0.3)]
    public void Extract_ReadsValue_WhenNumberIsWrittenInAnyForm(string text, double expected)
    {
        var q = Only(text);
        Assert.Equal(expected, q.Value, 9);
    }

    [Theory]
    [InlineData("The deficit reached 4 thousand tickets.", 4000)]
    [InlineData("The fund manages 7 million accounts.", 7e6)]
    [InlineData("Investors lost 2.5 billion shares in value.", 2.5e9)]
    [InlineData("Global debt passed 300 trillion units.", 3e14)]
    [InlineData("The fund raised $8bn last year.", 8e9)]
    [InlineData("The studio paid $54m for the rights.", 54e6)]
    [InlineData("It cost $16.4 million to build.", 16.4e6)]
    [InlineData("Some 5m people fled the floods.", 5e6)]
    [InlineData("The villa sold for half million euros.", 5e5)]
    [InlineData("The loan was 35 lakh rupees.", 35e5)]
    public void Extract_AppliesScale_WhenScaleWordOrAbbreviationFollows(string text, double expected) =>
        Assert.Equal(expected, All(text)[0].Value);

    // ---------------------------------------------------------------- currency

    [Theory]
    [InlineData("The grant was $47 million.", "dollar", "USD", 47e6)]
    [InlineData("A loan of US$300 million was signed.", "dollar", "USD", 300e6)]
    [InlineData("Fines reached €12 million.", "euro", "EUR", 12e6)]
    [InlineData("Tickets sold for £40 each.", "pound sterling", "GBP", 40)]
    [InlineData("The handset costs ¥80,000 in Osaka.", "yen", "JPY", 80000)]
    [InlineData("The factory was valued at 900 million yuan.", "yuan", "CNY", 900e6)]
    [InlineData("Pensions rose to 22,000 rubles.", "ruble", "RUB", 22000)]
    [InlineData("Teachers earn 15,000 hryvnias a month.", "hryvnia", "UAH", 15000)]
    [InlineData("The bond paid USD 40 per unit.", "dollar", "USD", 40)]
    [InlineData("Entry costs 25 EUR at the gate.", "euro", "EUR", 25)]
    [InlineData("Each share paid 12 cents.", "cent", "USD", 0.12)]
    public void Extract_RecognisesCurrency_WhenSymbolCodeOrNameIsUsed(string text, string unit, string iso, double normalized)
    {
        var q = Only(text);
        Assert.Equal(Dimension.Currency, q.Dimension);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(iso, q.CanonicalUnit);
        Assert.Equal(normalized, q.Normalized!.Value, 6);
    }

    [Fact]
    public void Extract_RecognisesCurrency_WhenSymbolFollowsFigure()
    {
        var q = Only("A coffee costs 4 € in Vienna.");
        Assert.Equal(("4 €", "EUR"), (q.Text, q.CanonicalUnit));
    }

    [Fact]
    public void Extract_KeepsFigure_WhenCapitalisedWordOnlyOpensTheSentence()
    {
        var q = Only("Send 10 volunteers to the depot.");
        Assert.Equal("volunteer", q.Unit);
    }

    [Fact]
    public void Extract_KeepsTextToNumberAndCurrency_WhenScaleIsWritten()
    {
        var q = Only("Exports were worth $577 million in total.");
        Assert.Equal("$577 million", q.Text);
        Assert.Equal(577e6, q.Value);
    }

    // ---------------------------------------------------------------- percent

    [Fact]
    public void Extract_ReturnsPercentage_WhenPercentSignIsUsed()
    {
        var q = Only("Turnout was 64% this time.");
        Assert.Equal(("percentage", Dimension.Percentage, "%"), (q.Unit, q.Dimension, q.CanonicalUnit));
        Assert.Equal(64, q.Value);
    }

    [Theory]
    [InlineData("Support slid to 41 percent.", "percentage")]
    [InlineData("Support slid to 41 per cent.", "percentage")]
    [InlineData("Support slid to 41pc.", "percentage")]
    [InlineData("The gap narrowed to 3 percentage points.", "percentage point")]
    public void Extract_ReturnsPercentage_WhenPercentIsWrittenInWords(string text, string unit)
    {
        var q = Only(text);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(Dimension.Percentage, q.Dimension);
    }

    // ---------------------------------------------------------------- ranges

    [Fact]
    public void Extract_ScalesBothEnds_WhenScaleIsWrittenOnlyOnHighEnd()
    {
        var q = Only("Kyiv spent $11 to $12 million on the bridge.");
        Assert.Equal("$11 to $12 million", q.Text);
        Assert.Equal(11e6, q.Value);
        Assert.Equal(12e6, q.High);
        Assert.True(q.IsRange);
        Assert.Equal("dollar", q.Unit);
        Assert.Equal(12e6, q.NormalizedHigh);
    }

    [Theory]
    [InlineData("The trail runs 5–10 km through the forest.", 5, 10, "kilometre")]
    [InlineData("Rates climbed into the 5-10% band.", 5, 10, "percentage")]
    [InlineData("Crews need between 5 and 10 days.", 5, 10, "day")]
    [InlineData("The queue held between 40 and 60 people.", 40, 60, "person")]
    public void Extract_ReturnsRange_WhenTwoFiguresAreJoined(string text, double lo, double hi, string unit)
    {
        var q = Only(text);
        Assert.Equal(lo, q.Value);
        Assert.Equal(hi, q.High);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The dish is 8- to 16-metre wide.", 8, 16, "metre")]
    [InlineData("Lows ranged from -18 °C to -34 °C.", -34, -18, "degree Celsius")]
    [InlineData("Sentences ran from 7 to 10 years.", 7, 10, "year")]
    public void Extract_ReturnsRange_WhenHyphenHangsOrFromToDescribesASpan(string text, double lo, double hi, string unit)
    {
        var q = Only(text);
        Assert.Equal((lo, hi, unit), (q.Value, q.High, q.Unit));
    }

    [Fact]
    public void Extract_ReturnsTwoQuantities_WhenFromToDescribesAChange()
    {
        var found = All("The fare went from $2 to $3 in a year.");
        Assert.Equal(2, found.Count);
        Assert.All(found, q => Assert.False(q.IsRange));
    }

    // ---------------------------------------------------------------- hedges

    [Theory]
    [InlineData("The drone flew nearly 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew about 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew around 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew roughly 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew almost 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew approximately 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew some 15 kilometers.", Hedge.Approximate)]
    [InlineData("The drone flew over 15 kilometers.", Hedge.AtLeast)]
    [InlineData("The drone flew more than 15 kilometers.", Hedge.AtLeast)]
    [InlineData("The drone flew at least 15 kilometers.", Hedge.AtLeast)]
    [InlineData("The drone flew above 15 kilometers.", Hedge.AtLeast)]
    [InlineData("The drone flew up to 15 kilometers.", Hedge.AtMost)]
    [InlineData("The drone flew less than 15 kilometers.", Hedge.AtMost)]
    [InlineData("The drone flew under 15 kilometers.", Hedge.AtMost)]
    [InlineData("The drone flew at most 15 kilometers.", Hedge.AtMost)]
    [InlineData("The drone flew 15 kilometers.", Hedge.Exact)]
    [InlineData("The range was estimated at 15 kilometers.", Hedge.Approximate)]
    public void Extract_SetsHedgeButKeepsItOutOfText_WhenHedgePrecedesFigure(string text, Hedge hedge)
    {
        var q = Only(text);
        Assert.Equal(hedge, q.Hedge);
        Assert.Equal("15 kilometers", q.Text);
    }

    [Fact]
    public void Extract_SetsAtMost_WhenFewerThanPrecedesCount()
    {
        var q = Only("Fewer than 60 suppliers signed up.");
        Assert.Equal(Hedge.AtMost, q.Hedge);
        Assert.Equal("60 suppliers", q.Text);
    }

    // ---------------------------------------------------------------- multipliers and changes

    [Theory]
    [InlineData("Deliveries grew tenfold in a year.", 10, Change.Up)]
    [InlineData("Deliveries grew ten-fold in a year.", 10, Change.Up)]
    [InlineData("Deliveries doubled in a year.", 2, Change.Up)]
    [InlineData("Deliveries tripled in a year.", 3, Change.Up)]
    [InlineData("Deliveries halved in a year.", 0.5, Change.Down)]
    [InlineData("The new hall is three times larger.", 3, Change.None)]
    public void Extract_ReturnsMultiplier_WhenFoldOrTimesIsWritten(string text, double value, Change change)
    {
        var q = Only(text);
        Assert.Equal(Dimension.Multiplier, q.Dimension);
        Assert.Equal("times", q.Unit);
        Assert.Equal(value, q.Value);
        Assert.Equal(change, q.Change);
    }

    [Fact]
    public void Extract_KeepsHedgeAndChange_WhenMultiplierIsHedged()
    {
        var q = Only("Cable shipments grew nearly tenfold between spring and summer.");
        Assert.Equal((10.0, Hedge.Approximate, Change.Up, "tenfold"), (q.Value, q.Hedge, q.Change, q.Text));
    }

    [Theory]
    [InlineData("Rents rose 40% in the capital.", Change.Up)]
    [InlineData("Rents fell 3% in the capital.", Change.Down)]
    [InlineData("Rents increased by 7% in the capital.", Change.Up)]
    [InlineData("Rents were up 2% in the capital.", Change.Up)]
    [InlineData("Rents saw a 9% drop in the capital.", Change.Down)]
    [InlineData("Rents rose to 40% of income.", Change.None)]
    [InlineData("Rents show an increase of 6% this year.", Change.Up)]
    [InlineData("Rents show a drop of 6% this year.", Change.Down)]
    [InlineData("Rents (+6%) led the index.", Change.Up)]
    public void Extract_SetsChange_WhenVerbOrNounStatesDirection(string text, Change change) =>
        Assert.Equal(change, Only(text).Change);

    // ---------------------------------------------------------------- units

    [Theory]
    [InlineData("The convoy covered 116 km.", "kilometre", Dimension.Length, 116, "km")]
    [InlineData("The convoy covered 72 miles.", "mile", Dimension.Length, 115.872768, "km")]
    [InlineData("The convoy covered 40 kilometres.", "kilometre", Dimension.Length, 40, "km")]
    [InlineData("The convoy covered 40 kilometers.", "kilometre", Dimension.Length, 40, "km")]
    [InlineData("The convoy covered 9 mi.", "mile", Dimension.Length, 14.484096, "km")]
    [InlineData("The fibre is 0.28mm thick.", "millimetre", Dimension.Length, 0.00000028, "km")]
    [InlineData("The wall is 300 m long.", "metre", Dimension.Length, 0.3, "km")]
    [InlineData("The track straight is 100m long.", "metre", Dimension.Length, 0.1, "km")]
    [InlineData("The barge carried 40 tonnes.", "metric ton", Dimension.Mass, 40000, "kg")]
    [InlineData("The barge carried 40 t.", "metric ton", Dimension.Mass, 40000, "kg")]
    [InlineData("The parcel weighed 10 lbs.", "pound", Dimension.Mass, 4.5359237, "kg")]
    [InlineData("The tank holds 2,000 litres.", "litre", Dimension.Volume, 2, "m³")]
    [InlineData("The tank holds 100 gallons.", "gallon", Dimension.Volume, 0.378541178, "m³")]
    [InlineData("Output reached 300 barrels.", "barrel", Dimension.Volume, 47.6961884784, "m³")]
    [InlineData("The reserve spans 25 square kilometres.", "square kilometre", Dimension.Area, 25, "km²")]
    [InlineData("The farm spans 50 hectares.", "hectare", Dimension.Area, 0.5, "km²")]
    [InlineData("The lake spans 4 km^2 of valley.", "square kilometre", Dimension.Area, 4, "km²")]
    [InlineData("The reservoir holds 3 cubic kilometres.", "cubic kilometre", Dimension.Volume, 3e9, "m³")]
    [InlineData("Trains run at 160 km/h.", "kilometre per hour", Dimension.Speed, 160, "km/h")]
    [InlineData("Trains run at 100 mph.", "mile per hour", Dimension.Speed, 160.9344, "km/h")]
    [InlineData("The plant stores 5 MWh.", "megawatt hour", Dimension.Energy, 5000, "kWh")]
    [InlineData("The plant produces 2 GW.", "gigawatt", Dimension.Power, 2000000, "kW")]
    [InlineData("The strike lasted 36 hours.", "hour", Dimension.Duration, 36, "h")]
    [InlineData("The strike lasted 3 days.", "day", Dimension.Duration, 72, "h")]
    [InlineData("It was 35°C in the shade.", "degree Celsius", Dimension.Temperature, 35, "°C")]
    [InlineData("It was 95 °F in the shade.", "degree Fahrenheit", Dimension.Temperature, 35, "°C")]
    [InlineData("The leak exposed 40 GB of records.", "gigabyte", Dimension.Information, 40e9, "B")]
    public void Extract_NormalisesToCanonicalUnit_WhenUnitIsKnown(string text, string unit, Dimension dimension, double normalized, string canonical)
    {
        var q = Only(text);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(dimension, q.Dimension);
        Assert.Equal(canonical, q.CanonicalUnit);
        Assert.Equal(normalized, q.Normalized!.Value, 6);
    }

    [Theory]
    [InlineData("They sold a 12-mile spool.", "12-mile", "mile", 12)]
    [InlineData("They sold a 72-mile spool.", "72-mile", "mile", 72)]
    [InlineData("They sold 0.28mm wire.", "0.28mm", "millimetre", 0.28)]
    [InlineData("They sold a $2,200 winder.", "$2,200", "dollar", 2200)]
    public void Extract_ReadsAdjectivalFigures_WhenUnitIsHyphenatedOrGlued(string text, string surface, string unit, double value)
    {
        var q = Only(text);
        Assert.Equal((surface, unit, value), (q.Text, q.Unit, q.Value));
    }

    [Theory]
    [InlineData("Investigators named 140 drone makers in the file.", "140 drone makers", "drone maker", 140)]
    [InlineData("Investigators named 60 suppliers in the file.", "60 suppliers", "supplier", 60)]
    [InlineData("The yard employs 13,000 workers.", "13,000 workers", "worker", 13000)]
    [InlineData("The ship rescued 200 people.", "200 people", "person", 200)]
    [InlineData("Police checked 45 companies.", "45 companies", "company", 45)]
    public void Extract_ReturnsCountWithNoun_WhenPluralNounFollows(string text, string surface, string unit, double value)
    {
        var q = Only(text);
        Assert.Equal((surface, unit, value, Dimension.Count), (q.Text, q.Unit, q.Value, q.Dimension));
    }

    [Theory]
    [InlineData("Ukraine got $11 million in batteries per month.", "month")]
    [InlineData("The mill produced 300 barrels a day.", "day")]
    [InlineData("The island spends $1,200 per capita on health.", "capita")]
    [InlineData("The flat rents for $900/month downtown.", "month")]
    public void Extract_SetsPerButNotUnit_WhenRateIsWritten(string text, string per)
    {
        var q = Only(text);
        Assert.Equal(per, q.Per);
        Assert.DoesNotContain(per, q.Unit, StringComparison.Ordinal);
        Assert.DoesNotContain(per, q.Text, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- step

    [Theory]
    [InlineData("The road is 116 km long.", 1)]
    [InlineData("The road is 1.5 km long.", 0.1)]
    [InlineData("The cable ran 328,000 miles.", 1000)]
    [InlineData("The cable ran 527,865 km.", 1)]
    [InlineData("The cable ran 1000 km.", 100)]
    [InlineData("The budget is $54 million.", 1e6)]
    [InlineData("The budget is $1.5 billion.", 1e8)]
    [InlineData("The budget is $11 to $12 million.", 1e6)]
    public void Extract_SetsStep_FromWrittenDigits(string text, double step) =>
        Assert.Equal(step, Only(text).Step, 9);

    // ---------------------------------------------------------------- exclusions

    [Theory]
    [InlineData("The summit took place on 16 May 2024 in the capital.")]
    [InlineData("A post dated 24 September showed the device.")]
    [InlineData("The factory closed in August.")]
    [InlineData("The rules changed in 2023.")]
    [InlineData("Prices have climbed since 2022.")]
    [InlineData("The plan runs until July 2025.")]
    [InlineData("The meeting starts at 10:30 sharp.")]
    [InlineData("Talks resumed on March 3, 2021.")]
    [InlineData("The figures cover 2019-2021.")]
    [InlineData("The treaty was signed between 1990 and 1995.")]
    public void Extract_ReturnsNothing_WhenNumbersAreDatesOrYears(string text) => Assert.Empty(All(text));

    [Theory]
    [InlineData("Pilots flew the Su-27 over the sea.")]
    [InlineData("The F-16 arrived first.")]
    [InlineData("COVID-19 closed the border.")]
    [InlineData("The G7 met in Italy.")]
    [InlineData("The Hwasong-15 was tested again.")]
    [InlineData("The laptop ships with Windows 11.")]
    [InlineData("MH17 was shot down over Donetsk.")]
    [InlineData("She finished 3rd in the race.")]
    [InlineData("See page 12 for the table.")]
    [InlineData("The rule is in section 4 of the act.")]
    [InlineData("Call 555-123-4567 for tickets.")]
    [InlineData("Music from the 1990s filled the hall.")]
    [InlineData("The ferry left at 6.45 am.")]
    [InlineData("Memorials marked 9/11 again.")]
    [InlineData("The router sits at 192.168.1.2 on the network.")]
    [InlineData("The patch is version 17.1.2 for phones.")]
    [InlineData("The desk is staffed 24/7 now.")]
    [InlineData("Its tag read 24703 L-202 in red.")]
    [InlineData("The memo lists 1) staff and 2) budget.")]
    public void Extract_ReturnsNothing_WhenDigitsArePartOfNamesOrReferences(string text) => Assert.Empty(All(text));

    [Theory]
    [InlineData("Berlin pledged Leopard 2 tanks.")]
    [InlineData("The bill, H.R. 3684, passed the House.")]
    [InlineData("The home side won 52-48 after overtime.")]
    public void Extract_ReturnsNothing_WhenDigitsAreModelNamesBillsOrScores(string text) => Assert.Empty(All(text));

    [Fact]
    public void Extract_ReadsNegative_WhenMinusIsWritten()
    {
        var q = Only("Nights fell to minus 12 °C in the valley.");
        Assert.Equal((-12.0, "minus 12 °C"), (q.Value, q.Text));
    }

    [Fact]
    public void Extract_SharesUnit_WhenListNamesItOnce()
    {
        var found = All("Patients got 45 and 50 mg doses.");
        Assert.Equal(["milligram", "milligram"], found.Select(q => q.Unit));
        Assert.Equal("45", found[0].Text);
    }

    [Fact]
    public void Extract_KeepsYearLikeCount_WhenNounFollowsWithoutYearWord()
    {
        var q = Only("The plant laid off 2000 workers.");
        Assert.Equal((2000.0, "worker"), (q.Value, q.Unit));
    }

    [Fact]
    public void Extract_ReturnsEmpty_WhenTextIsEmpty() => Assert.Empty(All(""));

    [Fact]
    public void Extract_ReturnsQuantitiesInTextOrder_WhenSeveralAppear()
    {
        var found = All("In May the port shipped 119,000 miles of cable, 209,215 km in June and 527,865 km in August.");
        Assert.Equal(["119,000 miles", "209,215 km", "527,865 km"], found.Select(q => q.Text));
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }
}
