using FactCheck.Core.Checks;
using FactCheck.Core.Claims;
using FactCheck.Core.Samples;

namespace FactCheck.Core.Tests.Checks;

public class CheckerTests
{
    private static readonly string FixtureText =
        SampleArticles.Read(SampleArticles.DroneCableText);

    /// <summary>The claims the extractor should find in drone-cable.txt, written down by hand.</summary>
    private static ClaimBuilder[] DroneCableClaims() =>
    [
        ClaimBuilder.Of("328,000 miles").ConvertedTo("527,865 km").In("August"),
        ClaimBuilder.Of("72 miles").ConvertedTo("116 km").In("August").Actors("China", "Ukraine"),
        ClaimBuilder.Of("up to 15 kilometers").Measure("fiber-optic drone target distance").Actors("Russia"),
        ClaimBuilder.Of("119,000 miles").In("May"),
        ClaimBuilder.Of("209,215 km").In("June"),
        ClaimBuilder.Of("527,865 km").In("August"),
        ClaimBuilder.Of("$54 million").In("June").Measure("lithium-ion batteries"),
        ClaimBuilder.Of("$47 million").In("August").Measure("lithium-ion batteries"),
        ClaimBuilder.Of("$11 million and $12 million").Measure("lithium-ion batteries").Actors("China", "Ukraine"),
        ClaimBuilder.Of("More than 140 drone manufacturers").Measure("drone manufacturers").Actors("Russia"),
        ClaimBuilder.Of("60 suppliers").Measure("drone suppliers").Actors("Russia"),
        ClaimBuilder.Of("$577 million").Measure("Chinese drone components").Actors("Rustakt LLC"),
        ClaimBuilder.Of("0.28mm").Measure("cable thickness").Actors("Stribog"),
        ClaimBuilder.Of("12-mile").Measure("advertised spool range").Actors("Stribog"),
    ];

    [Fact]
    public void Run_RaisesOnlyTheMixedSeries_WhenDroneCableFixture()
    {
        var flag = Assert.Single(Checker.Default().Run(ClaimBuilder.Article(DroneCableClaims())));

        Assert.Equal(FlagTypes.MixedUnits, flag.Type);
        Assert.Equal([0, 3, 4, 5], flag.ClaimOrdinals);
        Assert.Equal(
            "One series, two units: fiber-optic cable (China, Russia) is given in miles for May and in kilometres for June and August.",
            flag.Message);
        Assert.Equal(
            "May: 119,000 mi = 191,512 km; June: 209,215 km; August: 328,000 mi (527,865 km) = 527,865 km; "
            + "August: 527,865 km — one series, two units",
            flag.Computation);
    }

    [Fact]
    public void DroneCableClaims_AreAllInTheFixture_Always()
    {
        foreach (var claim in DroneCableClaims().Select(c => c.Build()))
        {
            Assert.Contains(claim.Quantity.Text, FixtureText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_OrdersByFirstClaimThenType_WhenBothStartAtOneClaim()
    {
        var claims = ClaimBuilder.Article(
            ClaimBuilder.Of("40 miles").ConvertedTo("80 km").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"),
            ClaimBuilder.Of("119,000 miles").In("July"));

        var flags = Checker.Default().Run(claims);

        Assert.Equal([FlagTypes.ConversionMismatch, FlagTypes.MixedUnits], flags.Select(f => f.Type));
        Assert.Equal(Summary(flags), Summary(Checker.Default().Run(claims with { Claims = [.. claims.Claims.Reverse()] })));
    }

    [Fact]
    public void Run_IsDeterministic_WhenChecksAreRegisteredInAnotherOrder()
    {
        var context = ClaimBuilder.Article(
            ClaimBuilder.Of("328,000 miles").ConvertedTo("600,000 km").In("August"),
            ClaimBuilder.Of("119,000 miles").In("May"),
            ClaimBuilder.Of("209,215 km").In("June"));

        var one = new Checker([new MixedUnitsCheck(), new ConversionMismatchCheck()]).Run(context);
        var other = new Checker([new ConversionMismatchCheck(), new MixedUnitsCheck()]).Run(context);

        Assert.Equal(Summary(one), Summary(other));
        Assert.Equal([FlagTypes.ConversionMismatch, FlagTypes.MixedUnits], one.Select(f => f.Type));
    }

    // Flag holds lists, which records compare by reference; compare what an editor would see.
    private static List<string> Summary(IEnumerable<Flag> flags) =>
        flags.Select(f => $"{f.Type}|{f.Fingerprint}|{string.Join(",", f.ClaimOrdinals)}|{f.Message}|{f.Computation}").ToList();
}
