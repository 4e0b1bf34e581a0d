using FactCheck.Core.Articles;
using FactCheck.Core.Checks;

namespace FactCheck.Core.Tests.Checks;

public class CrossArticleConflictCheckTests
{
    private readonly CrossArticleConflictCheck check = new();

    [Fact]
    public void Run_FlagsTheClaim_WhenAnotherArticleGivesADifferentFigureForTheSameQuantity()
    {
        var flag = Assert.Single(Run(
            ClaimBuilder.Of("300,000 km").In("June"),
            new PeerClaim(7, "Cable exports hit a record", ClaimBuilder.Of("209,215 km").In("June").Build())));

        Assert.Equal(FlagTypes.CrossArticleConflict, flag.Type);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains("\"Cable exports hit a record\"", flag.Message, StringComparison.Ordinal);
        Assert.Contains("209,214.5–209,215.5 km", flag.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RaisesNothing_WhenTheOtherFigureIsTheSameQuantityInOtherUnits()
    {
        Assert.Empty(Run(ClaimBuilder.Of("130,000 miles").In("June"), new PeerClaim(7, null, ClaimBuilder.Of("209,215 km").In("June").Build())));
    }

    [Fact]
    public void Run_RaisesNothing_WhenPeriodOrActorsDiffer()
    {
        Assert.Empty(Run(ClaimBuilder.Of("300,000 km").In("June"), new PeerClaim(7, null, ClaimBuilder.Of("209,215 km").In("May").Build())));
        Assert.Empty(Run(
            ClaimBuilder.Of("300,000 km").In("June"),
            new PeerClaim(7, null, ClaimBuilder.Of("209,215 km").In("June").Actors("China", "Ukraine").Build())));
    }

    private IReadOnlyList<Flag> Run(ClaimBuilder claim, PeerClaim peer) =>
        check.Run(new CheckContext(new Article(), [claim.Build()], Peers: [peer])).ToList();
}
