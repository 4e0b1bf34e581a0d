using FactCheck.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Core.Tests.Fetching;

public class FetchingOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddFetching(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddFetching_UsesDefaults_WhenSectionIsMissing()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<FetchingOptions>>().Value;

        Assert.False(options.AllowLoopback);
        Assert.Equal([80, 443], options.AllowedPorts);
        Assert.Equal(5 * 1024 * 1024, options.MaxBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(TimeSpan.FromSeconds(1), options.PerHostInterval);
        Assert.True(options.RespectRobots);
        Assert.StartsWith("FactCheckBot/1.0", options.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFetching_ReplacesAllowedPorts_WhenConfigured()
    {
        using var provider = Build(new() { ["FactCheck:Fetching:AllowedPorts:0"] = "8443" });

        Assert.Equal([8443], provider.GetRequiredService<IOptions<FetchingOptions>>().Value.AllowedPorts);
    }

    [Fact]
    public void AddFetching_FailsValidation_WhenMaxBytesIsTiny()
    {
        using var provider = Build(new() { ["FactCheck:Fetching:MaxBytes"] = "10" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchingOptions>>().Value);

        Assert.Contains("MaxBytes must be at least 1024.", error.Failures);
    }

    [Fact]
    public void AddFetching_RegistersPageFetcher_WhenCalled()
    {
        using var provider = Build([]);

        Assert.IsType<HttpPageFetcher>(provider.GetRequiredService<IPageFetcher>());
    }
}
