using System.Text.Json;
using FactCheck.Web.Tests.Support;

namespace FactCheck.Web.Tests.Cli;

/// <summary>`factcheck check` runs the whole pipeline in-process, with no server or database.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task CheckJson_PrintsArticleClaimsAndMixedUnitsAsOnlyWarning_WhenGivenSampleHtmlFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"factcheck-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, Fixture.Html);
        try
        {
            await using var cli = AppProcess.StartCli(["check", file, "--json"], new Dictionary<string, string>());
            Assert.True(await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.True(cli.ExitCode == 0, cli.Output);

            using var json = JsonDocument.Parse(cli.StandardOutput);
            var root = json.RootElement;
            Assert.Equal(Fixture.Headline, root.GetProperty("article").GetProperty("title").GetString());
            Assert.StartsWith("2025-10-14T09:00:00", root.GetProperty("article").GetProperty("published").GetString(), StringComparison.Ordinal);
            Assert.True(root.GetProperty("claims").GetArrayLength() >= 12);
            var flags = root.GetProperty("flags").EnumerateArray().ToList();
            Assert.All(flags.Where(f => f.GetProperty("severity").GetString() == "info"), f => Assert.Equal("unverifiable", f.GetProperty("type").GetString()));
            var flag = Assert.Single(flags, f => f.GetProperty("severity").GetString() != "info");
            Assert.Equal("mixed-units", flag.GetProperty("type").GetString());
            Assert.DoesNotContain(flags, f => f.GetProperty("type").GetString() == "conversion-mismatch");
            Assert.Equal("warning", flag.GetProperty("severity").GetString());
            var texts = flag.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
            Assert.Contains("119,000 miles", texts);
            Assert.Contains("209,215 km", texts);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Check_ExitsWithReadableError_WhenFileDoesNotExist()
    {
        await using var cli = AppProcess.StartCli(["check", "/nonexistent/story.html"], new Dictionary<string, string>());

        Assert.True(await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("error: No such file: /nonexistent/story.html", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quantities_WritesOneLinePerInput_WhenReadingJsonLines()
    {
        await using var cli = AppProcess.StartCli(["quantities"], new Dictionary<string, string>(),
            stdin: "{\"id\":1,\"text\":\"Exports reached $54 million in June.\"}\n{\"id\":\"b\",\"text\":\"No numbers here.\"}\n");

        Assert.True(await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var lines = cli.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var q = Assert.Single(first.RootElement.GetProperty("quantities").EnumerateArray());
        Assert.Equal(54_000_000, q.GetProperty("value").GetDouble());
        Assert.Equal("dollar", q.GetProperty("unit").GetString());
        Assert.Equal("=", q.GetProperty("change").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("quantities").GetArrayLength());
    }
}
