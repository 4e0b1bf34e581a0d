using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>Rules added while scoring against the shared sets; every sentence here is our own.</summary>
public class QuantityExtractorRuleTests
{
    private static readonly QuantityExtractor Extractor = new();

    [Theory]
    [InlineData("The memorial opened in 2011 9/11 families attended.")]
    [InlineData("Reviews since 2005 24/7 coverage began were kind.")]
    public void Extract_FindsNothing_WhenYearPrecedesDateLikeFraction(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_ReadsMixedFraction_WhenDenominatorIsCommon() =>
        Assert.Equal(3.75, Assert.Single(Extractor.Extract("The board is 3 3/4 inches thick.")).Value, 9);

    [Theory]
    [InlineData("A ferry ticket was 4 dollars 75 cents in 1990.", 4.75, "dollar")]
    [InlineData("The stall charged nine dollars and twenty, cash only.", 9.2, "dollar")]
    [InlineData("The refund came to 12 euros 40.", 12.4, "euro")]
    [InlineData("The centre is 6 feet 4 inches tall.", 6 + 4.0 / 12, "foot")]
    [InlineData("The goalkeeper stands 5 ft 11 in in socks.", 5 + 11.0 / 12, "foot")]
    public void Extract_JoinsMinorUnit_WhenMajorUnitIsContinued(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text), x => x.Dimension != Dimension.None || x.Unit.Length > 0);
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Extract_KeepsTwoFigures_WhenNumberAfterCurrencyCountsSomethingElse()
    {
        var found = Extractor.Extract("Tickets were 8 dollars 30 visitors said.");
        Assert.Equal([8.0, 30.0], found.Select(q => q.Value));
    }

    [Theory]
    [InlineData("The pane is 3 in thick.", 3)]
    [InlineData("The tablet has a 10.5 in display.", 10.5)]
    [InlineData("The gap measured 2 in.", 2)]
    public void Extract_ReadsInch_WhenInClosesOrPrecedesAnExtent(string text, double value)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(("inch", value), (q.Unit, q.Value));
    }

    [Theory]
    [InlineData("The motion passed 61 in favour.")]
    [InlineData("Sales rose 7 in March.")]
    public void Extract_KeepsInAsPreposition_WhenAWordFollows(string text) =>
        Assert.Equal("", Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("The group reported 45 MUSD in orders.", 45e6, "dollar")]
    [InlineData("Turnover was MEUR 7.5 last year.", 7.5e6, "euro")]
    [InlineData("The bill came to 90 USD million.", 90e6, "dollar")]
    [InlineData("Donors gave 300 usd each.", 300, "dollar")]
    [InlineData("The fine was 2,500 francs.", 2500, "franc")]
    [InlineData("He paid £12 for lunch.", 12, "pound sterling")]
    [InlineData("The miner earned 3.125 BTC per block.", 3.125, "bitcoin")]
    [InlineData("The lira fell to 30 Turkish lira per dollar.", 30, "Turkish lira")]
    [InlineData("The flat sold for Rs 45,00,000 in Pune.", 4500000, "rupee")]
    [InlineData("Subsidies reached 1,25,000 rupees a household.", 125000, "rupee")]
    [InlineData("Kiosks took aud$ 40 a day.", 40, "Australian dollar")]
    public void Extract_RecognisesCurrency_WhenWrittenInBusinessOrRegionalStyle(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The arena seats 20 000 fans.", 20000)]
    [InlineData("The reservoir holds 4 000 000 litres.", 4000000)]
    public void Extract_ReadsSpaceSeparatedThousands_WhenGroupOpensWithZero(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Theory]
    [InlineData("Protesters gathered outside 10 Downing Street on Monday.")]
    [InlineData("The studio moved to 350 Fifth Avenue last spring.")]
    [InlineData("Write to Box Office, Springfield, IL 62701 for tickets.")]
    [InlineData("The survey observed quasar PKS 1424+2401 twice.")]
    [InlineData("The board met on sept. 14 and again on october 2.")]
    public void Extract_FindsNothing_WhenNumberIsAddressCatalogueNameOrDate(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("The collider reached 13 TeV this year.", 13, "teraelectronvolt")]
    [InlineData("Workers received 20 mSv over the shift.", 20, "millisievert")]
    [InlineData("Stir in 2 tbsp of oil.", 2, "tablespoon")]
    [InlineData("The bottle holds 75 cl of wine.", 75, "centilitre")]
    [InlineData("The shelf is 8 dm deep.", 8, "decimetre")]
    public void Extract_RecognisesUnit_WhenScientificOrKitchenUnitFollows(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((unit, value), (q.Unit, q.Value));
    }

    [Theory]
    [InlineData("The filing, dated 2021-08-09, was amended on 2022-01-30.")]
    [InlineData("Reach the desk on 0161 496 0321 after lunch.")]
    [InlineData("Agent 007 returned in the sequel.")]
    [InlineData("A 52-year-old driver and a 6-month-old baby were unhurt.")]
    [InlineData("Airlines ordered the 350 Neo and flew the 777 Freighter.")]
    [InlineData("The show streams in 1080p on weekends.")]
    public void Extract_FindsNothing_WhenNumberIsIsoDateCodeAgeModelOrResolution(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Voters sent 12 Democrats to the assembly.", 12)]
    [InlineData("Police detained 300 Palestinian protesters.", 300)]
    [InlineData("Investors bought 40 Chinese startups.", 40)]
    [InlineData("The panel hit a 30-year high.", 30)]
    public void Extract_KeepsCount_WhenCapitalisedWordIsPluralOrDemonym(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Fact]
    public void Extract_ReadsPence_WhenPTouchesThePrice()
    {
        var q = Assert.Single(Extractor.Extract("The stock closed at 87p on Friday."));
        Assert.Equal(("penny", 0.87, "GBP"), (q.Unit, q.Normalized!.Value, q.CanonicalUnit));
    }

    [Theory]
    [InlineData("The council spent 4 million pounds on roads.", "pound sterling")]
    [InlineData("Fans paid 60 pounds for a seat.", "pound sterling")]
    [InlineData("The club was fined 25,000 pounds.", "pound sterling")]
    [InlineData("The boxer weighed 160 pounds at the check.", "pound")]
    [InlineData("Farmers shipped 3 million pounds of beef.", "pound")]
    [InlineData("The sack holds 50 pounds.", "pound")]
    public void Extract_ReadsPoundsAsMoneyOrMass_WhenContextTells(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("For help dial 1-888-555-0123 before noon.")]
    [InlineData("The carrier flies the Boeing 777-9 and the Airbus A350.")]
    [InlineData("She anchored the 4x400m relay.")]
    public void Extract_FindsNothing_WhenNumberIsTollFreePhoneModelVariantOrEventName(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("The cargo line added a 767F last week.")]
    [InlineData("Investors read the 900C disclosure.")]
    public void Extract_FindsNothing_WhenTouchingTemperatureLetterIsOutOfRange(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Madrid sweltered at 41C on Sunday.", 41)]
    [InlineData("Fairbanks fell to -40F overnight.", -40)]
    public void Extract_ReadsTemperature_WhenTouchingLetterIsInRange(string text, double value) =>
        Assert.Equal((Dimension.Temperature, value), (Assert.Single(Extractor.Extract(text)).Dimension, Extractor.Extract(text)[0].Value));

    [Theory]
    [InlineData("The alert went out at 09:14:37 local time.")]
    [InlineData("Upgrade to Firefox 3.5 or Acrobat 9.0 first.")]
    [InlineData("See Section 2.4 of the contract.")]
    [InlineData("The shop was founded in 1865 by a merchant.")]
    [InlineData("The bridge opened on March 3, 1883, to crowds.")]
    [InlineData("Order part 4471-XT from the catalogue.")]
    [InlineData("Shoot it at f/2 for a softer look.")]
    [InlineData("Dial ext. 4410 for the newsroom.")]
    [InlineData("Read it at https://example.org/news/2024/05/story-12345.html?page=2 today.")]
    [InlineData("Details are on www.example.com/item/778 now.")]
    public void Extract_FindsNothing_WhenNumberIsClockVersionSectionOldYearCodeOrWebAddress(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_ReadsBarrelsPerDay_WhenBpdFollows()
    {
        var q = Assert.Single(Extractor.Extract("The refinery processes 240,000 bpd of crude."));
        Assert.Equal(("barrel", "day", 240000.0), (q.Unit, q.Per, q.Value));
    }

    [Theory]
    [InlineData("Europe bought 40 bcm of pipeline gas last winter.", 40e9, "cubic metre")]
    [InlineData("The new field will add 2.5 bcf/d of supply.", 2.5e9, "cubic foot per day")]
    [InlineData("Proven reserves stand at 10 tcf.", 10e12, "cubic foot")]
    [InlineData("The terminal can ship 5.2 mtpa of liquefied gas.", 5.2e6, "metric ton per year")]
    [InlineData("The smelter handles 4,500 tpd of ore.", 4500, "metric ton per day")]
    [InlineData("Global demand will grow by 1.3 mb/d next year.", 1.3e6, "barrel per day")]
    [InlineData("The company pumped 210,000 boe/d in the quarter.", 210000, "barrel of oil equivalent per day")]
    [InlineData("The hybrid manages 52 mpg on the motorway.", 52, "mile per gallon")]
    [InlineData("Tap water held 18 ppb of lead.", 18, "part per billion")]
    [InlineData("Henry Hub gas settled at $2.75 per mmBtu.", 2.75, "dollar per million british thermal unit")]
    public void UnitName_ReadsScaleAndRate_WhenTradeAbbreviationPacksThem(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 1e-6 * Math.Abs(value));
        Assert.Equal(unit, FactCheck.Core.Pipeline.QuantityReport.UnitName(q));
    }

    [Fact]
    public void Extract_KeepsFiguresAroundWebAddress_WhenTextCitesIt()
    {
        var found = Extractor.Extract("Sales rose 12% (see http://example.net/r?id=9) to $40 million.");
        Assert.Equal([12.0, 40e6], found.Select(q => q.Value));
    }

    [Theory]
    [InlineData("The band was ranked #1 again; see ticket # 4471.")]
    [InlineData("Maria Lopez, 41, of Bristol, and Tom Reed, 38, were charged.")]
    [InlineData("Fax the office at 614/555-0182 by Friday.")]
    public void Extract_FindsNothing_WhenNumberIsRankIdApposedAgeOrSlashedPhone(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_KeepsFigure_WhenCommaFollowsCountAfterName()
    {
        var q = Assert.Single(Extractor.Extract("Sales at Apple, 400, beat the estimate of 350 units."), x => x.Value == 350);
        Assert.Equal("unit", q.Unit);
    }

    [Theory]
    [InlineData("3. The budget fight")]
    [InlineData("Open notes_2024_07.txt for the draft.")]
    [InlineData("The treaty was signed (August 1648) at Osnabrück.")]
    public void Extract_FindsNothing_WhenNumberIsListMarkerFileNameOrOldMonthYear(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("She filed a 40-page complaint on Monday.", 40, "page")]
    [InlineData("The 12-member panel met again.", 12, "member")]
    public void Extract_ReadsCountNoun_WhenAdjectivalHyphenJoinsIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Surveyors listed 48 bird species on the island.", "bird species")]
    [InlineData("The crash cost 9 lives last winter.", "life")]
    public void Extract_SingularisesCountNoun_WhenPluralIsIrregular(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("The desk booked a $15mm gain.", 15e6)]
    [InlineData("Debt passed $7.2t last year.", 7.2e12)]
    public void Extract_ReadsFinanceScale_WhenMmOrTFollowsCurrency(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value, 3);

    [Fact]
    public void Extract_FindsNothing_WhenYearQualifiesPluralOfPeriodNoun() =>
        Assert.Empty(Extractor.Extract("Emissions must fall below their 2005 levels soon."));

    [Fact]
    public void Extract_KeepsCount_WhenYearLikeNumberCountsPeople() =>
        Assert.Equal("person", Assert.Single(Extractor.Extract("The rally drew 2000 people.")).Unit);

    [Theory]
    [InlineData("Border guards stopped 45 Yemenis at dawn.", "Yemeni")]
    [InlineData("The airline leased 14 Embraer jets.", "jet")]
    [InlineData("The army fielded 8 HIMARS launchers.", "launcher")]
    [InlineData("The carrier took delivery of 9 Boeing freighters.", "freighter")]
    [InlineData("Stewards met 60 Reading supporters at the gate.", "supporter")]
    public void Extract_ReadsCountNoun_WhenDemonymOrNameQualifiesIt(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("Please check contract 58812 before signing.")]
    [InlineData("The city was founded in 753 BC by legend.")]
    [InlineData("He graduated in the class of '89 with honours.")]
    public void Extract_FindsNothing_WhenNumberIsLongIdEraYearOrApostropheYear(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_KeepsLongNumber_WhenItCountsSomething() =>
        Assert.Equal(12000, Assert.Single(Extractor.Extract("Organisers expect 12000 runners.")).Value);

    [Fact]
    public void Extract_ReadsLowercaseCode_WhenItPrecedesFigure()
    {
        var q = Assert.Single(Extractor.Extract("the stall asked rmb 35 for it"));
        Assert.Equal(("yuan", 35.0), (q.Unit, q.Value));
    }

    [Fact]
    public void Extract_ReadsRange_WhenBothEndsCarryCurrencyAndScale()
    {
        var q = Assert.Single(Extractor.Extract("The upgrade will cost $4bn-$5bn over a decade."));
        Assert.Equal((4e9, 5e9, "dollar"), (q.Value, q.High, q.Unit));
    }
    [Theory]
    [InlineData("Turnover rose 6 . 2 % in the year .", 6.2, "percentage")]
    [InlineData("The stadium holds 80 , 000 fans .", 80000, "fan")]
    [InlineData("The bond traded 1 / 4 point higher .", 0.25, "")]
    [InlineData("The notes pay 7 3 / 4 % a year .", 7.75, "percentage")]
    [InlineData("The deal was worth c $ 16.4 million .", 16.4e6, "Canadian dollar")]
    [InlineData("Exports reached hk $ 10.05 billion .", 10.05e9, "Hong Kong dollar")]
    public void Extract_ReadsFigure_WhenTextIsTreebankTokenised(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The signal decays by a factor of 2.5×10−4 each pass.", 2.5e-4)]
    [InlineData("The cell holds about 3e9 base pairs.", 3e9)]
    [InlineData("Light covers 3×10⁸ metres each second.", 3e8)]
    [InlineData("The register stores 4x2^10 entries.", 4096)]
    public void Extract_ReadsScientificNotation_WhenPowerIsWritten(string text, double value) =>
        Assert.Equal(value, Extractor.Extract(text)[0].Value, value * 1e-9);

    [Fact]
    public void Extract_KeepsFactorsApart_WhenXJoinsTwoSides()
    {
        var found = Extractor.Extract("The hall is 3 x 10 m.");
        Assert.Equal([3.0, 10.0], found.Select(q => q.Value));
    }

    [Theory]
    [InlineData("The founder is 82 years old.", 82, "year of age")]
    [InlineData("The foal was six weeks old when it was sold.", 6, "week of age")]
    [InlineData("Screening starts at 50 years of age.", 50, "year of age")]
    [InlineData("The loan runs for 30 years.", 30, "year")]
    public void Extract_NamesAge_WhenOldOrOfAgeFollowsDuration(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("The fine was 500 lari in total.", "lari")]
    [InlineData("A room costs 1,200 baht a night.", "baht")]
    [InlineData("The loan was RM5 million.", "Malaysian ringgit")]
    [InlineData("He was paid 300₡ per shift.", "Costa Rican colón")]
    [InlineData("The fee was nzd$15 a month.", "New Zealand dollar")]
    [InlineData("The estate sold for 2 million guilders in 1960.", "Dutch guilder")]
    public void Extract_RecognisesCurrency_WhenLessCommonSymbolOrNameIsUsed(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("The 13F filing showed the fund's stakes.")]
    [InlineData("Earnings were 14.7C/ per unit.")]
    [InlineData("Deposits went to account 4411-23456789-0012 that day.")]
    [InlineData("The plan: 1 ) cut costs ; 2 ) sell the plant .")]
    [InlineData("the fda acted on may 19 , after the recall .")]
    [InlineData("he was fined on 1 may that year .")]
    public void Extract_FindsNothing_WhenNumberIsFormCodeAccountListMarkerOrLowercaseDate(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Care workers earn $11.50 an hour.", "dollar per hour")]
    [InlineData("Copper fetched $8,500 per tonne.", "dollar per metric ton")]
    [InlineData("The fee is 40 euros/month.", "euro per month")]
    [InlineData("Revenue was $1.2 billion a year earlier.", "dollar")]
    [InlineData("Rents will rise by £40 a month from June.", "pound sterling per month")]
    [InlineData("The levy is £30 per year.", "pound sterling per year")]
    [InlineData("The mine ships 6 tonnes per week.", "metric ton per week")]
    [InlineData("The stock paid $1.40 a share.", "dollar")]
    public void UnitName_AddsRate_WhenRateIsAUnit(string text, string unit) =>
        Assert.Equal(unit, FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract(text))));

    [Fact]
    public void Extract_ReadsDozenAsRate_WhenItFollowsAPrice() =>
        Assert.Equal("cent", Assert.Single(Extractor.Extract("Eggs averaged 64 cents a dozen.")).Unit);
    [Theory]
    [InlineData("Support stood at 52% ± 3 in the poll.", 49, 55, "percentage")]
    [InlineData("The rod measured 12.5 +/- 0.5 mm.", 12, 13, "millimetre")]
    public void Extract_ReadsInterval_WhenUncertaintyFollowsValue(string text, double low, double high, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((low, high, unit), (q.Value, q.High!.Value, q.Unit));
    }
    [Theory]
    [InlineData("The temperature outside was 98 degrees by noon.", Dimension.Temperature)]
    [InlineData("Set the thermostat to 68° overnight.", Dimension.Temperature)]
    [InlineData("The road climbs at 12 degrees.", Dimension.None)]
    public void Extract_ReadsDegreesAsTemperature_WhenSentenceTalksOfHeat(string text, Dimension dimension)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(("degree", dimension), (q.Unit, q.Dimension));
    }

    [Theory]
    [InlineData("The yard shipped 40,000 tons of steel.", "ton")]
    [InlineData("The yard shipped 40,000 tonnes of steel.", "metric ton")]
    public void Extract_NamesTonAsWritten_WhenTonsOrTonnesAreUsed(string text, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((unit, 40_000_000.0), (q.Unit, q.Normalized!.Value));
    }
    [Theory]
    [InlineData("Fares have risen by a third since spring.", 1.0 / 3, Change.Up)]
    [InlineData("Output was cut by half in May.", 0.5, Change.Down)]
    [InlineData("The new drug cut the odds of relapse by a third.", 1.0 / 3, Change.Down)]
    [InlineData("Rail fares went up by a tenth.", 0.1, Change.Up)]
    public void Extract_ReadsFraction_WhenChangeIsByAFraction(string text, double value, Change change)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, change), (q.Value, q.Change));
    }

    [Fact]
    public void Extract_ReadsShare_WhenHalfTakesTheLikeHalfOf() =>
        Assert.Equal(0.5, Assert.Single(Extractor.Extract("Half the staff left in spring.")).Value);

    [Theory]
    [InlineData("The old printer jams half the time.")]
    [InlineData("Getting the funding was half the battle.")]
    public void Extract_FindsNothing_WhenHalfTheIsAnIdiom(string text) =>
        Assert.Empty(Extractor.Extract(text));
    [Theory]
    [InlineData("The patient, 34, was discharged on Monday.")]
    [InlineData("A man aged 45 was arrested at the scene.")]
    [InlineData("She finished third in the 100m final.")]
    [InlineData("In the first half of 2023 orders slowed.")]
    [InlineData("Half of the season was lost to injury.")]
    [InlineData("The retiree, 71, told reporters she was relieved.")]
    [InlineData("A climber, 45, was rescued from the ridge.")]
    [InlineData("They ran the 400m hurdles in Rome.")]
    [InlineData("The seat was cut off by a third party.")]
    public void Extract_FindsNothing_WhenNumberIsApposedAgeEventNameOrPeriodHalf(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Nearly half of all voters stayed home.", 0.5, "", Hedge.Approximate)]
    [InlineData("The bank raised its rate by half a percentage point.", 0.5, "percentage point", Hedge.Exact)]
    [InlineData("The group invested 2 trillion won in the plant.", 2e12, "won", Hedge.Exact)]
    [InlineData("Sales of the console topped 50 million units.", 5e7, "unit", Hedge.AtLeast)]
    [InlineData("The firm will invest $2bn over five years.", 5, "year", Hedge.Exact)]
    [InlineData("The hearing lasted over three hours.", 3, "hour", Hedge.AtLeast)]
    [InlineData("The probe passed within 500 km of the moon.", 500, "kilometre", Hedge.AtMost)]
    [InlineData("Results are due within 10 days.", 10, "day", Hedge.AtMost)]
    [InlineData("The scanner uses a field of 3 tesla.", 3, "tesla", Hedge.Exact)]
    public void Extract_ReadsValueUnitAndHedge_WhenNewsPhrasingIsUsed(string text, double value, string unit, Hedge hedge)
    {
        var q = Assert.Single(Extractor.Extract(text), x => x.Value == value);
        Assert.Equal((unit, hedge), (q.Unit, q.Hedge));
    }

    [Theory]
    [InlineData("The heat pump cut the family's energy bill by 40 percent.", Change.Down)]
    [InlineData("The startup raised $45 million from investors.", Change.None)]
    [InlineData("The retailer raised prices by $5.", Change.Up)]
    public void Extract_ReadsChange_WhenVerbAndByFrameTheFigure(string text, Change change) =>
        Assert.Equal(change, Assert.Single(Extractor.Extract(text)).Change);

    [Fact]
    public void UnitName_KeepsCountNoun_WhenCountIsARate() =>
        Assert.Equal("home", FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract("The plan is to build 300,000 homes a year."))));
    [Theory]
    [InlineData("The runners drank a litre of water each.", 1, "litre")]
    [InlineData("The lab recorded 3,215 new cases overnight.", 3215, "case")]
    [InlineData("The package includes 31 Abrams tanks.", 31, "tank")]
    public void Extract_ReadsUnitOrNoun_WhenArticleUnitOrQualifiedCountIsWritten(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Gold hit $2,450 an ounce on Thursday.", "dollar per ounce")]
    [InlineData("The pipeline carries 55 billion cubic metres of gas a year.", "cubic metre per year")]
    public void UnitName_AddsRate_WhenPriceOrFlowNamesIt(string text, string unit) =>
        Assert.Equal(unit, FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract(text))));

    [Fact]
    public void Extract_FindsNothing_WhenTrunkCodeOpensPhoneNumber() =>
        Assert.Empty(Extractor.Extract("Call the hotline on 0800 123 456 for help."));

    [Fact]
    public void Extract_KeepsPriceRate_WhenArticleUnitFollowsPrice() =>
        Assert.Equal("dollar per barrel", FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract("Brent traded at $80 a barrel of crude."))));
    [Theory]
    [InlineData("A litre of petrol now costs 1.89 euros.", "euro")]
    [InlineData("A kilo of beans sells for about $9 at the port.", "dollar")]
    public void Extract_KeepsOnlyThePrice_WhenArticleUnitIsWhatIsPriced(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);
    [Theory]
    [InlineData("One person died in the blast.", 1, "person")]
    [InlineData("One soldier was wounded overnight.", 1, "soldier")]
    public void Extract_CountsOne_WhenItCountsAPersonSomethingHappenedTo(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Fact]
    public void Extract_ReadsPercentRange_WhenBothEndsCarryTheSign()
    {
        var q = Assert.Single(Extractor.Extract("The bank held rates at 5.25%-5.5% again."));
        Assert.Equal((5.25, 5.5, "percentage"), (q.Value, q.High!.Value, q.Unit));
    }
    [Theory]
    [InlineData("Passengers numbered 4.2m in 2023.", 4_200_000, "")]
    [InlineData("The country's population is 4.2m.", 4_200_000, "")]
    [InlineData("The river rose to 4.2m on Sunday.", 4.2, "metre")]
    [InlineData("Visitors admired the 2.1m tall statue.", 2.1, "metre")]
    public void Extract_ReadsMAsMillionsOrMetres_WhenSentenceCountsOrMeasures(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }
    [Theory]
    [InlineData("It was the warmest June on record, 1.2C above average.", 1.2, "degree Celsius")]
    [InlineData("She sits on the 11-strong board.", 11, "")]
    [InlineData("A 5,000-strong crowd gathered outside.", 5000, "")]
    public void Extract_ReadsFigure_WhenTemperatureAnomalyOrStrengthIsWritten(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("It rained for 12 consecutive days in the hills.", 12, "day")]
    [InlineData("The club has won 9 straight games.", 9, "game")]
    [InlineData("The carrier ordered 20 Airbus jets for its fleet.", 20, "jet")]
    public void Extract_CountsTheNoun_WhenNameOrPassingAdjectiveQualifiesIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Ring 555-0199 for details.")]
    [InlineData("The hotline is 800-0123 on weekdays.")]
    public void Extract_FindsNothing_WhenHyphenJoinsGroupWithLeadingZero(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Voyager 1 crossed into interstellar space.")]
    [InlineData("Apollo 13 returned safely to Earth.")]
    public void Extract_FindsNothing_WhenNameOpeningSentenceNumbersAVerbSubject(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Nearly 40 attended the vigil.", 40)]
    [InlineData("Another 12 were injured.", 12)]
    public void Extract_KeepsFigure_WhenWordOpeningSentenceIsNoName(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Theory]
    [InlineData("The quarterly result was ($4.20).", -4.2, "dollar")]
    [InlineData("The balance showed $-7.25 after fees.", -7.25, "dollar")]
    [InlineData("The swing in cash flow was -$3 million.", -3e6, "dollar")]
    [InlineData("Margins came to -12€ on the order.", -12, "euro")]
    public void Extract_ReadsNegativeAmount_WhenSignOrAccountingBracketsMarkIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("The fine of €100 ($108) was paid.")]
    [InlineData("The club raised £5m ($6.2m) from fans.")]
    [InlineData("The firm booked a profit ($3 million) on the sale.")]
    public void Extract_KeepsAmountPositive_WhenBracketGlossesAFigureOrNoun(string text) =>
        Assert.All(Extractor.Extract(text), q => Assert.True(q.Value > 0));

    [Theory]
    [InlineData("The lottery paid out two million, four hundred and ten dollars.", 2_000_410)]
    [InlineData("The count reached five thousand, three hundred & six by noon.", 5306)]
    public void Extract_JoinsSpelledGroups_WhenCommaSeparatesDescendingScales(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Fact]
    public void Extract_KeepsListApart_WhenSpelledScalesDoNotDescend() =>
        Assert.Equal([1e6, 2e6, 3e6], Extractor.Extract("They guessed one million, two million and three million.").Select(q => q.Value));

    [Theory]
    [InlineData("The parcel weighs 12 (kg) gross.", 12, "kilogram")]
    [InlineData("The beam is 4 [m] long.", 4, "metre")]
    [InlineData("The load limit is 500 {kg} per axle.", 500, "kilogram")]
    [InlineData("The lattice spacing is 3 picometres.", 3, "picometre")]
    [InlineData("The shelf is 30\" wide.", 30, "inch")]
    [InlineData("The centre stands 6'9\" tall.", 6.75, "foot")]
    [InlineData("The clinic saw a 64 yo woman with chest pain.", 64, "year of age")]
    [InlineData("A woman of age 70 was admitted.", 70, "year of age")]
    public void Extract_ReadsUnit_WhenWrittenInBracketsMarksOrShorthand(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The signal travels 30 metres per millisecond.", "metre per millisecond")]
    [InlineData("The pulse covers 8 km/ms in the fibre.", "kilometre per millisecond")]
    [InlineData("The sled slows at 12 m/s2 on ice.", "metre per square second")]
    [InlineData("The probe accelerates at 0.3 km/s² for an hour.", "kilometre per square second")]
    [InlineData("Panels receive 1,000 W/m^2 at noon.", "watt per square metre")]
    [InlineData("The decay rate is 0.02 s-1 in the sample.", "inverse second")]
    public void UnitName_ReadsCompoundUnit_WhenDivisorIsTimeOrCarriesExponent(string text, string unit) =>
        Assert.Equal(unit, FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract(text))));

    [Theory]
    [InlineData("Nearly one in three households owns a dog.", 1.0 / 3)]
    [InlineData("About 2 in 5 nurses plan to leave the profession.", 0.4)]
    [InlineData("The complication strikes 1 in 20,000 patients.", 0.00005)]
    [InlineData("Three in ten drivers admit to speeding.", 0.3)]
    public void Extract_ReadsRatioAsFraction_WhenOneWholeNumberInAnotherIsWritten(string text, double value)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 9);
        Assert.Equal("", q.Unit);
    }

    [Fact]
    public void Extract_KeepsFiguresApart_WhenUnitFollowsTheSecondNumberOfIn()
    {
        var found = Extractor.Extract("The crew finished 5 in 12 minutes.");
        Assert.Equal([(5.0, ""), (12.0, "minute")], found.Select(q => (q.Value, q.Unit)));
    }

    [Theory]
    [InlineData("The lira slid 1.2% to 32,850 per dollar.", 1.2, 32850)]
    [InlineData("The index added 0.7% to 4,120 in late trade.", 0.7, 4120)]
    public void Extract_KeepsTwoFigures_WhenOnlyTheLowEndCarriesAUnit(string text, double first, double second) =>
        Assert.Equal([(first, (double?)null), (second, null)], Extractor.Extract(text).Select(q => (q.Value, q.High)));

    [Theory]
    [InlineData("Fares will rise 4 to 6 per cent next year.", 4, 6, "percentage", Change.Up)]
    [InlineData("Water tables could fall a further 2 to 3 metres.", 2, 3, "metre", Change.Down)]
    public void Extract_ReadsOneRange_WhenBareLowEndFollowsChangeVerb(string text, double low, double high, string unit, Change change)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((low, (double?)high, unit, change), (q.Value, q.High, q.Unit, q.Change));
    }

    [Theory]
    [InlineData("The carrier ordered 40 Airbus A321 jets.", 40, "jet")]
    [InlineData("The navy bought 12 Sikorsky S-70 helicopters.", 12, "helicopter")]
    [InlineData("A survey of 2,000 U.K. drivers found the same.", 2000, "driver")]
    [InlineData("The army sent 14 Leopard 2 tanks east.", 14, "tank")]
    public void Extract_ReadsCountNoun_WhenModelOrDottedAbbreviationStandsBetween(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Fact]
    public void ExtractAll_NamesModelNumberAsIdentifier_WhenItQualifiesACount()
    {
        var extraction = Extractor.ExtractAll("Two F-16 jets escorted the plane.");
        Assert.Equal((2.0, "jet"), (Assert.Single(extraction.Quantities).Value, extraction.Quantities[0].Unit));
        Assert.Equal(("16", NonQuantityKind.Identifier), (Assert.Single(extraction.Ignored).Text, extraction.Ignored[0].Kind));
    }

    [Theory]
    [InlineData("Trading resumed at 1415 GMT after the halt.")]
    [InlineData("The 911 dispatcher stayed on the line.")]
    [InlineData("She dialled 999 from the platform.")]
    [InlineData("The 737 MAX jet returned to service.")]
    [InlineData("Trains between the two towns were cancelled.")]
    [InlineData("United sealed a 3-1 win at home.")]
    [InlineData("The number of 100-year-olds keeps climbing.")]
    [InlineData("Lanes between junctions 4 and 5 reopened.")]
    public void Extract_FindsNothing_WhenNumberIsWireClockEmergencyLineModelSuffixOrBackReference(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Rents are now twice a teacher's monthly pay.", 2, Change.None)]
    [InlineData("Imports reached nearly triple the level of 2019.", 3, Change.None)]
    [InlineData("The city plans to double its bus fleet.", 2, Change.Up)]
    [InlineData("Turnout was double last year's figure.", 2, Change.None)]
    [InlineData("The herd doubles in size every spring.", 2, Change.Up)]
    public void Extract_ReadsMultiplier_WhenTwiceDoubleOrTriplePrecedesWhatIsMultiplied(string text, double value, Change change)
    {
        var q = Assert.Single(Extractor.Extract(text), x => x.Dimension == Dimension.Multiplier);
        Assert.Equal((value, change), (q.Value, q.Change));
    }

    [Theory]
    [InlineData("The ferry sails twice a week.")]
    [InlineData("Police are investigating a double stabbing.")]
    public void Extract_FindsNothing_WhenTwiceOrDoubleIsFrequencyOrAdjective(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("Regulators approved a $3.4-billion merger.", 3.4e9, "dollar")]
    [InlineData("Engineers designed a 4-million-tonne terminal.", 4e6, "metric ton")]
    public void Extract_ReadsScale_WhenHyphenJoinsItAsAdjective(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Fact]
    public void Extract_ReadsMarginAsPositive_WhenPlusOrMinusPrecedes() =>
        Assert.Equal(3.5, Assert.Single(Extractor.Extract("The margin of error is plus or minus 3.5 percentage points.")).Value);

    [Fact]
    public void Extract_ReadsPoundsAsMoney_WhenInCashFollowsEvenNearAWeight() =>
        Assert.Equal(["kilogram", "pound sterling"], Extractor.Extract("Officers found 3 kg of heroin and 9,000 pounds in cash.").Select(q => q.Unit));

    [Fact]
    public void Extract_TakesNoUnit_WhenMagnitudeNamesTheFigure()
    {
        var q = Assert.Single(Extractor.Extract("Quake of magnitude 5.8 rattles Lima"));
        Assert.Equal((5.8, ""), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("The carmaker will cut 1,200 jobs in Spain.", Change.None)]
    [InlineData("The grocer added 800 stores last year.", Change.None)]
    [InlineData("Headcount was cut by 300 staff.", Change.Down)]
    [InlineData("Rebels shot down 3 helicopters last month.", Change.None)]
    [InlineData("The opposition gained four points in a week.", Change.Up)]
    [InlineData("Women make up 54% of the workforce.", Change.None)]
    [InlineData("Rents are 8% higher than last year.", Change.None)]
    public void Extract_ReadsNoChange_WhenVerbActsOnWhatIsCountedOrOwnsTheParticle(string text, Change change) =>
        Assert.Equal(change, Assert.Single(Extractor.Extract(text)).Change);

    [Theory]
    [InlineData("The index rose 41.2 points, or 0.5%, to 8,110.", Change.Up, Change.Up)]
    [InlineData("Sales climbed 3.1%, or $42 million, in the quarter.", Change.Up, Change.Up)]
    [InlineData("The tunnel is 10 km, or 6.2 miles, long.", Change.None, Change.None)]
    [InlineData("Fees rose by £20 a month, or 8%, in April.", Change.Up, Change.Up)]
    public void Extract_CarriesChange_WhenOrRestatesItInAnotherMeasure(string text, Change first, Change second) =>
        Assert.Equal([first, second], Extractor.Extract(text).Take(2).Select(q => q.Change));

    [Theory]
    [InlineData("Exports grew nearly sixfold in a decade.", "~")]
    [InlineData("Bitcoin sank below $50,000 on Monday.", "<")]
    [InlineData("Profit more than tripled last year.", "up")]
    [InlineData("Sales fell 4% in May.", "down")]
    public void ChangeName_PrefersHedge_WhenFigureIsNotTheVerbItself(string text, string change) =>
        Assert.Equal(change, FactCheck.Core.Pipeline.QuantityReport.ChangeName(Assert.Single(Extractor.Extract(text))));

    [Theory]
    [InlineData("The peso slumps 2.2% against the dollar", Change.Down)]
    [InlineData("Copper was steady after advancing 1.4% on Monday.", Change.Up)]
    [InlineData("Shares recorded a 6% slide on Friday.", Change.Down)]
    [InlineData("Nurses were offered a 5% pay rise.", Change.Up)]
    [InlineData("Yields showed a 12% improvement.", Change.Up)]
    [InlineData("Rents will rise by an average of £40 a month.", Change.Up)]
    public void Extract_ReadsChange_WhenHeadlineTenseOrChangeNounIsUsed(string text, Change change) =>
        Assert.Equal(change, Assert.Single(Extractor.Extract(text)).Change);

    [Fact]
    public void Extract_ReadsTwoValues_WhenFromClauseTrailsChangeVerb()
    {
        var found = Extractor.Extract("Fares have nearly tripled since 2015, from $2 to $5.50.");
        Assert.Equal([(3.0, (double?)null), (2.0, null), (5.5, null)], found.Select(q => (q.Value, q.High)));
    }

    [Theory]
    [InlineData("The clinic reported 300 more admissions than in May.", "admission")]
    [InlineData("The depot holds 80 buses.", "bus")]
    public void Extract_ReadsCountNoun_WhenComparativeDescribesItOrPluralIsIrregular(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text)).Unit);

    [Theory]
    [InlineData("The scheme is open to residents aged 18 and over.")]
    [InlineData("Entry is free for children aged 5 and under.")]
    [InlineData("The jab is offered to adults aged 50 or older this winter.")]
    public void ExtractAll_IgnoresAgeGroupAsAge_WhenAgedNAndOverIsWritten(string text)
    {
        var extraction = Extractor.ExtractAll(text);
        Assert.Empty(extraction.Quantities);
        Assert.Equal(NonQuantityKind.Age, Assert.Single(extraction.Ignored).Kind);
    }

    [Fact]
    public void Extract_KeepsClaim_WhenAgeGroupDefinesWhoIsCounted()
    {
        var q = Assert.Single(Extractor.Extract("About 2.3 million residents aged 65 and over live alone."));
        Assert.Equal((2.3e6, "resident"), (q.Value, q.Unit));
    }

    [Theory]
    [InlineData("Free bus passes go to the over-60s in the county.", "60s")]
    [InlineData("The club banned under-16s from the bar.", "16s")]
    public void ExtractAll_IgnoresAgeGroupAsAge_WhenOverOrUnderIsHyphenedToIt(string text, string ignored)
    {
        var extraction = Extractor.ExtractAll(text);
        Assert.Empty(extraction.Quantities);
        Assert.Equal((ignored, NonQuantityKind.Age), (Assert.Single(extraction.Ignored).Text, extraction.Ignored[0].Kind));
    }

    [Theory]
    [InlineData("Oats settled at $3.71 a bushel in Chicago.", "dollar per bushel")]
    [InlineData("Gold traded near $2,350 a troy ounce on Friday.", "dollar per troy ounce")]
    [InlineData("Platinum fell to $940 per troy ounce.", "dollar per troy ounce")]
    [InlineData("Cotton growers were paid $410 a bale.", "dollar per bale")]
    [InlineData("Milk fetched $19.80 per hundredweight in June.", "dollar per hundredweight")]
    [InlineData("Coal sold for $52 a short ton at the mine.", "dollar per short ton")]
    [InlineData("Cedar sold at $2.40 a board foot.", "dollar per board foot")]
    public void UnitName_ReadsPricePerUnit_WhenCommodityUnitHasNoConversion(string text, string unit) =>
        Assert.Equal(unit, FactCheck.Core.Pipeline.QuantityReport.UnitName(Assert.Single(Extractor.Extract(text))));

    [Theory]
    [InlineData("The co-op stored 40,000 bushels of maize.", "bushel", Dimension.None)]
    [InlineData("The vault holds 400 troy ounces of gold.", "troy ounce", Dimension.None)]
    [InlineData("The mill sawed 2 million board feet last year.", "board foot", Dimension.Volume)]
    [InlineData("The barge carried 1,500 short tons of coal.", "short ton", Dimension.Mass)]
    public void Extract_ReadsCommodityUnit_WhenUnitsNetConvertsOnlySomeOfThem(string text, string unit, Dimension dimension)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((unit, dimension), (q.Unit, q.Dimension));
        Assert.Equal(dimension == Dimension.None, q.Normalized == q.Value && q.CanonicalUnit is null);
    }

    [Theory]
    [InlineData("Output expanded at a 2.8% annualized pace in the spring.", Change.Up)]
    [InlineData("Home sales fell at a 6% seasonally adjusted annual rate.", Change.Down)]
    [InlineData("The sprinter shaved 0.12 seconds off her best.", Change.Down)]
    [InlineData("The sell-off wiped $80 billion off the group's value.", Change.Down)]
    [InlineData("Distillate stocks posted a 1.5-million-barrel draw last week.", Change.Down)]
    [InlineData("Traders expected a 900,000-barrel build in gasoline stocks.", Change.Up)]
    [InlineData("A tipper truck shed 8 tonnes of sand on the ring road.", Change.None)]
    [InlineData("The index shed 3% of its value in a day.", Change.Down)]
    [InlineData("Prices stood at a 4% annual rate in May.", Change.None)]
    public void Extract_ReadsChange_WhenRateNounOffOrStockNounCarriesIt(string text, Change change) =>
        Assert.Equal(change, Assert.Single(Extractor.Extract(text)).Change);

    [Theory]
    [InlineData("Profit came in at 1.41 billion, above the 1.38 billion economists had forecast.", "")]
    [InlineData("The carmaker sold 61,200 cars, short of the 64,000 analysts expected, it said.", "")]
    [InlineData("Some 40 economists had forecast a cut.", "economist")]
    [InlineData("About 2,000 delegates are expected at the summit.", "delegate")]
    [InlineData("It counted the 300 volunteers expected in June.", "volunteer")]
    public void Extract_ReadsNoCountNoun_WhenPluralIsWhoExpectedTheFigure(string text, string unit) =>
        Assert.Equal(unit, Extractor.Extract(text).Last().Unit);

    [Theory]
    [InlineData("The carrier took delivery of 40 Airbus A220neo jets last year.", 40, "jet")]
    [InlineData("The air force bought 24 F-15EX fighters.", 24, "fighter")]
    [InlineData("The ship can carry 18,000 TEU of cargo.", 18000, "twenty-foot equivalent unit")]
    [InlineData("The handheld renders at 90 frames per second.", 90, "frame per second")]
    [InlineData("The camera records 4K video at 60fps.", 60, "frame per second")]
    [InlineData("The asking price for the four-bedroom house has been cut.", 4, "bedroom")]
    [InlineData("Bus fares in the city are 1,500 won per ride.", 1500, "won")]
    [InlineData("The ceramic tiles can withstand 1,260C before cracking.", 1260, "degree Celsius")]
    [InlineData("Ranchers were paid 2.1 million pesos in compensation.", 2.1e6, "peso")]
    public void Extract_ReadsUnitOrCountNoun_WhenNewsWritesItThisWay(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text), x => x.Value == value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Turnout was a quarter higher than at the previous vote.", 0.25, Change.None)]
    [InlineData("Burglaries fell by roughly a fifth over the year.", 0.2, Change.Down)]
    [InlineData("The utility plans to triple solar output by 2030.", 3, Change.Up)]
    [InlineData("Analysts say demand could more than double within a decade.", 2, Change.Up)]
    public void Extract_ReadsShareOrMultiple_WhenPhrasedAsComparisonOrVerb(string text, double value, Change direction)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal(value, q.Value, 9);
        Assert.Equal(direction, q.Change);
    }

    [Theory]
    [InlineData("Inflation fell to double digits in May.")]
    [InlineData("Both sides still back a two-state solution to the conflict in principle.")]
    public void Extract_FindsNoMultiplierOrCount_WhenWordIsPartOfSetPhrase(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text), q => q.Unit is "times" or "state");

    [Fact]
    public void Extract_KeepsTwoFigures_WhenRangeEndsHaveDifferentUnits()
    {
        var found = Extractor.Extract("The upgrade brings 2.5 Gbps to 9,000 homes.");
        Assert.Equal([(2.5, "gigabit per second"), (9000.0, "home")], found.Select(q => (q.Value, q.Unit)));
    }

    [Theory]
    [InlineData("The levy adds about R95 a month to a typical bill.", 95, "rand")]
    [InlineData("The bond issue raised R2.5 billion.", 2.5e9, "rand")]
    [InlineData("The rupee gained 9 paise against the dollar.", 9, "paisa")]
    [InlineData("The Canadian dollar fell to 71.8 US cents.", 71.8, "cent")]
    [InlineData("The Nifty closed 212 pts higher.", 212, "point")]
    [InlineData("The storm's pressure dropped to 961 hPa overnight.", 961, "hectopascal")]
    [InlineData("A reading of 140 mmHg counts as high.", 140, "millimetre of mercury")]
    [InlineData("Capital spending is set at ₹3.2 lakh crore.", 3.2e12, "rupee")]
    [InlineData("The fare rises by 40c to €2.10 in March.", 40, "cent")]
    [InlineData("The council has opened 9 cooling centres.", 9, "cooling centre")]
    [InlineData("The 2,400-member association voted to strike.", 2400, "member")]
    [InlineData("The ward ran out of twelve 250 ml bottles of saline.", 12, "bottle")]
    [InlineData("The telescope's camera is cooled to minus 196C.", -196, "degree Celsius")]
    [InlineData("Nearly 90 MPs signed the letter.", 90, "MP")]
    [InlineData("The fund backs 14 NGOs in the region.", 14, "NGO")]
    [InlineData("The bill passed with 7 Republicans voting in favour.", 7, "Republican")]
    [InlineData("The airline will lease 24 737 MAX jets this year.", 24, "jet")]
    [InlineData("It retired 6 777-200ER aircraft early.", 6, "aircraft")]
    [InlineData("Markets price in a 50-basis-point cut.", 50, "basis point")]
    [InlineData("The app now has 45 million monthly users.", 45e6, "user")]
    [InlineData("It is the third year above the 1.5C limit.", 1.5, "degree Celsius")]
    public void Extract_ReadsUnitOrCountNoun_WhenRegionalOrTradeStyleWritesIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text), x => Math.Abs(x.Value - value) < 1e-6);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("FTSE 250 slips 0.8% as housebuilders fall", 0.8)]
    [InlineData("Only 61% of Year 9 pupils passed the test.", 61)]
    [InlineData("Vouchers go to families with children under 5, worth £50.", 50)]
    [InlineData("She won 4-6, 6-3, 7-5 to reach the final for £1.2m.", 1.2e6)]
    [InlineData("Patients can ring the helpline on 119 or pay £20 for a private test.", 20)]
    [InlineData("Glucose control improved, with HbA1c down and costs of $40 a month.", 40)]
    public void Extract_KeepsOnlyTheFigure_WhenOtherNumbersNameIndexYearAgeScoreOrLine(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value, 6);

    [Theory]
    [InlineData("Net profit fell by a quarter to $3.1 billion.", 0.25, 3.1e9)]
    [InlineData("The state raised the grant by $300 to $2,900 a year.", 300, 2900)]
    public void Extract_KeepsStepAndLevelApart_WhenByIsFollowedByTo(string text, double step, double level) =>
        Assert.Equal([step, level], Extractor.Extract(text).Select(q => q.Value));

    [Fact]
    public void Extract_ReadsRange_WhenChangeByIsAModestSpan()
    {
        var q = Assert.Single(Extractor.Extract("Rents could rise by 5 to 8 per cent next year."));
        Assert.Equal((5.0, (double?)8.0), (q.Value, q.High));
    }

    [Theory]
    [InlineData("Waiting times lengthened from 12 weeks to 19 weeks.", 12, 19)]
    [InlineData("Fares rose 8 per cent, from an average of £2.40 to £2.60.", 2.4, 2.6)]
    [InlineData("The herd has grown roughly fivefold, from about 200 to 1,000.", 200, 1000)]
    public void Extract_KeepsFromAndToApart_WhenAChangeLeadsToThem(string text, double from, double to)
    {
        var values = Extractor.Extract(text).Select(q => q.Value).ToList();
        Assert.Contains(from, values);
        Assert.Contains(to, values);
        Assert.DoesNotContain(Extractor.Extract(text), q => q.IsRange);
    }

    [Theory]
    [InlineData("Sales by region — north: 4.2m t (−6%); south: 3.1m t (+2%).", 4.2e6, "metric ton")]
    [InlineData("Rooms at the resort cost $340 a night in August.", 340, "dollar")]
    [InlineData("The minister put the overrun at two point three billion euro.", 2.3e9, "euro")]
    [InlineData("He said he was on nine hundred quid a month.", 900, "pound sterling")]
    [InlineData("Each 5 µg/m³ rise in exposure raised the risk.", 5, "microgram per cubic metre")]
    public void Extract_ReadsFigure_WhenTableTranscriptOrTradeStyleWritesIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text), x => Math.Abs(x.Value - value) < 1e-3);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Extract_ReadsBracketedSignAsFall_WhenItFollowsAnotherFigure()
    {
        var q = Assert.Single(Extractor.Extract("Headcount was 12,400 (−4%) at the year end."), x => x.Unit == "percentage");
        Assert.Equal((4.0, Change.Down), (q.Value, q.Change));
    }

    [Fact]
    public void Extract_KeepsTemperatureBelowZero_WhenBracketConvertsIt() =>
        Assert.Contains(Extractor.Extract("The low will be 5F (-15C) tonight."), q => q.Value == -15);

    [Theory]
    [InlineData("The buses left at seven in the morning, carrying 48 pupils.", 48)]
    [InlineData("The 15-year-old's appeal raised £2,300.", 2300)]
    [InlineData("At week 12, 41% of patients had responded.", 41)]
    [InlineData("Pay in band 4 starts at £24,000.", 24000)]
    public void Extract_KeepsOnlyTheFigure_WhenOtherNumbersAreClockAgeVisitOrBand(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Fact]
    public void Extract_ReadsHalfOfACountedGroup_WhenTheGroupHasAFigure()
    {
        var found = Extractor.Extract("Nearly half of the 240 schools we visited had no nurse.");
        Assert.Equal([0.5, 240.0], found.Select(q => q.Value));
    }

    [Theory]
    [InlineData("Every pensioner gets a heating voucher worth 200,000 won this winter.", 200000, "won")]
    [InlineData("The central bank cut its rate by a quarter point on Thursday.", 0.25, "percentage point")]
    [InlineData("The award carries 10 million Swedish crowns.", 1e7, "Swedish krona")]
    [InlineData("The cable carried 319 terabits per second in the trial.", 319, "terabit per second")]
    [InlineData("A 55-square-metre flat rents for about €900.", 55, "square metre")]
    public void Extract_ReadsUnit_WhenWrittenAsNewsWritesIt(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text), x => Math.Abs(x.Value - value) < 1e-6);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Extract_KeepsTwoValues_WhenLiftGovernsFromAndTo() =>
        Assert.Equal([12.0, 18.0], Extractor.Extract("The plan would lift coverage from 12% to 18%.").Select(q => q.Value));

    [Theory]
    [InlineData("Four babies under six weeks old were treated, the hospital said.", 4)]
    [InlineData("The deal between Orange and Three gives the group 12 million customers.", 12e6)]
    public void Extract_KeepsOnlyTheCount_WhenOtherNumberIsAgeBoundOrName(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text)).Value);

    [Theory]
    [InlineData("Trump is expected to double down on tariffs.")]
    [InlineData("The stadium will double as a shelter.")]
    [InlineData("He managed only a third-place finish.")]
    [InlineData("Truck overturns on R61")]
    public void Extract_FindsNothing_WhenWordsOnlyLookLikeFigures(string text) =>
        Assert.Empty(Extractor.Extract(text));

    [Fact]
    public void Extract_KeepsRange_WhenChangeByHasABareLowEnd()
    {
        var q = Assert.Single(Extractor.Extract("Flights were delayed by 10 to 45 minutes."));
        Assert.Equal((10.0, (double?)45.0, "minute"), (q.Value, q.High, q.Unit));
    }

    [Theory]
    [InlineData("LONDON (Reuters) - Three people were killed in the blast.", 3, "person")]
    [InlineData("Police arrested 15 following clashes near the stadium.", 15, "")]
    [InlineData("Britain will bake in 30c heat as bills top £1,000.", 1000, "pound sterling")]
    public void Extract_ReadsFigure_WhenRuleForOtherFormsCouldMisfire(string text, double value, string unit)
    {
        var q = Assert.Single(Extractor.Extract(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Fact]
    public void Extract_KeepsRanges_WhenListedRangesRise() =>
        Assert.Equal(3, Extractor.Extract("Forecasts of 2-3, 3-4 and 4-5 per cent were made.").Count(q => q.IsRange));

    [Fact]
    public void Extract_WorksWithoutTagger_WhenHedgedShareNeedsIt() =>
        Assert.Equal(1.0 / 3, Assert.Single(new QuantityExtractor(tagger: null).Extract("Only about a third survive the winter.")).Value, 6);
}
