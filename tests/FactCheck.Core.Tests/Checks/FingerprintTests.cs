using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Checks;

public class FingerprintTests
{
    private static readonly Claim May = ClaimBuilder.Of("119,000 miles").In("May").At(0);
    private static readonly Claim June = ClaimBuilder.Of("209,215 km").In("June").At(1);
    private static readonly Claim August = ClaimBuilder.Of("527,865 km").In("August").At(2);

    [Fact]
    public void For_IsSixteenLowercaseHexDigits_Always() =>
        Assert.Matches("^[0-9a-f]{16}$", Fingerprint.For(FlagTypes.MixedUnits, [May, June], "fiber-optic cable"));

    [Fact]
    public void For_IsTheSame_WhenClaimsComeInAnotherOrder() =>
        Assert.Equal(
            Fingerprint.For(FlagTypes.MixedUnits, [May, June, August], "fiber-optic cable"),
            Fingerprint.For(FlagTypes.MixedUnits, [August, May, June], "fiber-optic cable"));

    [Fact]
    public void For_IsTheSame_WhenPositionsAndOrdinalsMove()
    {
        var moved = May with
        {
            Ordinal = 7,
            SentenceStart = 900,
            Quantity = May.Quantity with { Start = 950, End = 963 },
        };

        Assert.Equal(
            Fingerprint.For(FlagTypes.MixedUnits, [May, June], "fiber-optic cable"),
            Fingerprint.For(FlagTypes.MixedUnits, [June, moved], "fiber-optic cable"));
    }

    [Fact]
    public void For_IsTheSame_WhenOnlyCaseAndSpacingDiffer() =>
        Assert.Equal(
            Fingerprint.For(FlagTypes.MixedUnits, ["119,000 miles", "209,215 km"], "fiber-optic cable"),
            Fingerprint.For(FlagTypes.MixedUnits, ["209,215\u00a0KM", "119,000  Miles"], "Fiber-optic  cable"));

    [Fact]
    public void For_Differs_WhenClaimsDiffer() =>
        Assert.NotEqual(
            Fingerprint.For(FlagTypes.MixedUnits, [May, June], "fiber-optic cable"),
            Fingerprint.For(FlagTypes.MixedUnits, [May, August], "fiber-optic cable"));

    [Fact]
    public void For_Differs_WhenTypeOrMeasureDiffers()
    {
        var baseline = Fingerprint.For(FlagTypes.MixedUnits, [May, June], "fiber-optic cable");

        Assert.NotEqual(baseline, Fingerprint.For(FlagTypes.ConversionMismatch, [May, June], "fiber-optic cable"));
        Assert.NotEqual(baseline, Fingerprint.For(FlagTypes.MixedUnits, [May, June], "lithium-ion batteries"));
    }

    [Fact]
    public void For_Differs_WhenOnlyTheConversionDiffers() =>
        Assert.NotEqual(
            Fingerprint.For(FlagTypes.ConversionMismatch, [ClaimBuilder.Of("40 miles").ConvertedTo("80 km")], null),
            Fingerprint.For(FlagTypes.ConversionMismatch, [ClaimBuilder.Of("40 miles").ConvertedTo("90 km")], null));

    [Fact]
    public void Run_KeepsFingerprint_WhenAnEditAboveShiftsEveryOrdinal()
    {
        var check = new MixedUnitsCheck();
        var before = check.Run(ClaimBuilder.Context(May, June, August)).Single();
        var after = check.Run(ClaimBuilder.Context(
            ClaimBuilder.Of("$54 million").Measure("lithium-ion batteries").At(0),
            May with { Ordinal = 1 },
            June with { Ordinal = 2 },
            August with { Ordinal = 3 })).Single();

        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.NotEqual(before.ClaimOrdinals, after.ClaimOrdinals);
    }
}
