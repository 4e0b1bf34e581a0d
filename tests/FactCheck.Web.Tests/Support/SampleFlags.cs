using FactCheck.Web.Api;

namespace FactCheck.Web.Tests.Support;

/// <summary>What the sample article must raise: the mixed-units warning, plus an info note that its "nearly tenfold" has no base.</summary>
public static class SampleFlags
{
    /// <returns>The mixed-units flag.</returns>
    public static FlagState AssertExpected(IReadOnlyList<FlagState> flags)
    {
        var info = flags.Where(f => f.Severity == "info").ToList();
        Assert.All(info, f => Assert.Equal("unverifiable", f.Type));
        Assert.Contains(info, f => f.Claims.Any(c => c.Text.Contains("tenfold", StringComparison.Ordinal)));
        var flag = Assert.Single(flags, f => f.Severity != "info");
        Assert.Equal("mixed-units", flag.Type);
        return flag;
    }
}
