using FactCheck.Core.Fetching;

namespace FactCheck.Core.Tests.Fetching;

public class RobotsTxtTests
{
    private const string Rules = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Disallow: /search

        User-agent: factcheckbot
        User-agent: OtherBot
        Disallow: /drafts/
        Allow: /drafts/public
        Disallow: /drafts/public-but-not
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/x", false)]
    [InlineData("/private/press/release", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/search?q=exports", false)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_FollowsLongestMatch_WhenOnlyStarGroupApplies(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Rules).IsAllowed("SomeBot", path));

    [Theory]
    [InlineData("/private/x", true)]
    [InlineData("/drafts/x", false)]
    [InlineData("/drafts/public", true)]
    [InlineData("/drafts/public-but-not-this", false)]
    public void IsAllowed_UsesOwnGroupCaseInsensitively_WhenProductTokenIsNamed(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Rules).IsAllowed("FactCheckBot", path));

    [Fact]
    public void IsAllowed_PrefersAllow_WhenRulesTieInLength() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow: /a\nAllow: /a").IsAllowed("Bot", "/a"));

    [Fact]
    public void IsAllowed_ReturnsTrue_WhenDisallowIsEmpty() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:").IsAllowed("Bot", "/anything"));

    [Theory]
    [InlineData("/a*b", "/axxb/c", true)]
    [InlineData("/a*b$", "/axxb/c", false)]
    [InlineData("/a*b$", "/axxb", true)]
    [InlineData("*.php", "/x/index.php", true)]
    [InlineData("/$", "/", true)]
    [InlineData("/$", "/x", false)]
    public void Matches_ReturnsExpected_WhenPatternHasWildcardOrAnchor(string pattern, string path, bool expected) =>
        Assert.Equal(expected, RobotsTxt.Matches(pattern, path));

    [Fact]
    public void Matches_FinishesQuickly_WhenPatternIsPathological()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 200)) + "b$";
        var path = "/" + new string('a', 5000);

        Assert.False(RobotsTxt.Matches(pattern, path));
    }
}
