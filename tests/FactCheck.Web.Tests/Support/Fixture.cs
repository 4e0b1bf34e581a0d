using FactCheck.Core.Samples;

namespace FactCheck.Web.Tests.Support;

public static class Fixture
{
    public const string ArticlePath = "/world/2025/10/14/china-fiber-optic-cable-russia-drones";

    public static string Html => SampleArticles.Read(SampleArticles.DroneCableHtml);

    public static string Text => SampleArticles.Read(SampleArticles.DroneCableText);

    /// <summary>The headline: the first line of the text form.</summary>
    public static string Headline => Text.Split('\n')[0].Trim();
}
